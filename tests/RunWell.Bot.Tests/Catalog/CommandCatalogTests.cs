using System.Text.RegularExpressions;
using RunWell.Bot.Catalog;

namespace RunWell.Bot.Tests.Catalog;

/// <summary>The catalog obeys Discord's rules, so registration never fails on a club's server.</summary>
public sealed partial class CommandCatalogTests
{
    public static TheoryData<string> ProductCommands => new()
    {
        "checkin", "run log", "run undo", "run history", "review", "buddy join", "buddy leave", "buddy status",
        "nudge on", "nudge off", "pause", "resume", "profile timezone", "profile show", "privacy export", "privacy delete",
        "runwell setup", "runwell support", "runwell retention", "runwell status", "runwell preview", "help",
    };

    [Theory]
    [MemberData(nameof(ProductCommands))]
    public void Every_command_of_the_product_is_in_the_catalog(string path) => Assert.NotNull(CommandCatalog.Find(path));

    [Fact]
    public void Names_and_descriptions_fit_discords_rules()
    {
        foreach (var spec in AllSpecs())
        {
            Assert.Matches(NamePattern(), spec.Name);
            Assert.InRange(spec.Description.Length, 1, 100);
            Assert.True(spec.Options.Count <= 25, spec.Name);
            foreach (var option in spec.Options)
            {
                Assert.Matches(NamePattern(), option.Name);
                Assert.InRange(option.Description.Length, 1, 100);
                Assert.True(option.Choices.Count <= 25, option.Name);
                Assert.All(option.Choices, c => Assert.InRange(c.Value.Length, 1, 100));
            }

            Assert.Equal(spec.Options.Count, spec.Options.Select(o => o.Name).Distinct().Count());
        }
    }

    [Fact]
    public void Required_options_come_before_optional_ones()
    {
        foreach (var spec in AllSpecs())
        {
            var firstOptional = spec.Options.ToList().FindIndex(o => !o.Required);
            Assert.True(firstOptional < 0 || spec.Options.Skip(firstOptional).All(o => !o.Required), spec.Name);
        }
    }

    [Fact]
    public void Each_command_stays_within_the_8000_character_total()
    {
        foreach (var command in CommandCatalog.All)
        {
            Assert.True(Characters(command) <= 8000, command.Name);
        }
    }

    [Fact]
    public void Only_the_runwell_settings_are_admin_only()
    {
        var admin = CommandCatalog.Paths.Where(p => CommandCatalog.Find(p)!.AdminOnly).Order().ToList();

        Assert.Equal(["runwell preview", "runwell retention", "runwell setup", "runwell status", "runwell support"], admin);
    }

    private static IEnumerable<CommandSpec> AllSpecs() =>
        CommandCatalog.All.Concat(CommandCatalog.All.SelectMany(c => c.Subcommands));

    private static int Characters(CommandSpec spec) =>
        spec.Name.Length + spec.Description.Length
        + spec.Options.Sum(o => o.Name.Length + o.Description.Length + o.Choices.Sum(c => c.Name.Length + c.Value.Length))
        + spec.Subcommands.Sum(Characters);

    [GeneratedRegex(@"^[-_'\p{L}\p{N}]{1,32}$")]
    private static partial Regex NamePattern();
}
