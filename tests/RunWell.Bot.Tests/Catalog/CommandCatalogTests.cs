using RunWell.Bot.Catalog;

namespace RunWell.Bot.Tests.Catalog;

/// <summary>
/// The catalog holds the product's commands and only the settings are admin-only. Discord's own rules
/// are checked once, by the client's validator, on the catalog as registered (RunWell.Tests).
/// </summary>
public sealed class CommandCatalogTests
{
    public static TheoryData<string> ProductCommands => new()
    {
        "checkin", "run log", "run undo", "run history", "review", "buddy join", "buddy leave", "buddy status",
        "nudge on", "nudge off", "pause", "resume", "profile timezone", "profile show", "profile shoutout", "privacy export", "privacy delete",
        "runwell setup", "runwell support", "runwell retention", "runwell status", "runwell preview", "help",
    };

    [Theory]
    [MemberData(nameof(ProductCommands))]
    public void Every_command_of_the_product_is_in_the_catalog(string path) => Assert.NotNull(CommandCatalog.Find(path));

    [Fact]
    public void Only_the_runwell_settings_are_admin_only()
    {
        var admin = CommandCatalog.Paths.Where(p => CommandCatalog.Find(p)!.AdminOnly).Order().ToList();

        Assert.Equal(["runwell preview", "runwell retention", "runwell setup", "runwell status", "runwell support"], admin);
    }
}
