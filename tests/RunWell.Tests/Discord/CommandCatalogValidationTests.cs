using RunWell.Discord;
using RunWell.DiscordAdapter;

namespace RunWell.Tests.Discord;

/// <summary>
/// The catalog as it is really registered (with its Spanish localizations) passes the Discord client's
/// own rules, so registration never fails on a club's server. The rules live once, in
/// <see cref="ApplicationCommandValidator"/>; this test does not restate them.
/// </summary>
public sealed class CommandCatalogValidationTests
{
    [Fact]
    public void The_registered_catalog_passes_discords_rules()
    {
        var commands = new CatalogCommandSource().GetCommands();

        Assert.NotEmpty(commands);
        Assert.Empty(ApplicationCommandValidator.Validate(commands));
    }

    [Fact]
    public void The_validator_would_catch_a_bad_command()
    {
        var good = new CatalogCommandSource().GetCommands()[0];
        var bad = new[] { good with { Name = "Not A Name", Description = new string('x', 101) } };

        var errors = ApplicationCommandValidator.Validate(bad);

        Assert.Contains(errors, e => e.Contains("name 'Not A Name'", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Contains("description must be 1–100 characters", StringComparison.Ordinal));
    }
}
