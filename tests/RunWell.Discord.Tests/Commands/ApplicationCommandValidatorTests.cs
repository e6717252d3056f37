namespace RunWell.Discord.Tests.Commands;

public sealed class ApplicationCommandValidatorTests
{
    private static ApplicationCommandOption Opt(string name, bool? required = null) =>
        new() { Type = ApplicationCommandOptionType.String, Name = name, Description = "d", Required = required };

    private static ApplicationCommand Cmd(params ApplicationCommandOption[] options) => new() { Name = "run", Description = "Runs", Options = options };

    public static TheoryData<ApplicationCommand, string> Invalid() => new()
    {
        { new ApplicationCommand { Name = "Run", Description = "x" }, "lowercase" },
        { new ApplicationCommand { Name = "run log", Description = "x" }, "1–32" },
        { new ApplicationCommand { Name = new string('a', 33), Description = "x" }, "1–32" },
        { new ApplicationCommand { Name = "run", Description = "" }, "description" },
        { new ApplicationCommand { Name = "run", Description = new string('d', 101) }, "description" },
        { Cmd(Enumerable.Range(0, 26).Select(i => Opt("o" + i)).ToArray()), "at most 25 options" },
        { Cmd(Opt("a"), Opt("b", required: true)), "required options must come before" },
        { Cmd(Opt("a") with { Choices = Enumerable.Range(0, 26).Select(i => ApplicationCommandChoice.Of("c" + i, "v")).ToList() }), "at most 25 choices" },
        { Cmd(Opt("a") with { Choices = [ApplicationCommandChoice.Of("c", "v")], Autocomplete = true }), "autocomplete cannot be combined" },
        { Cmd(Opt("a") with { MinValue = 1 }), "min_value" },
        { Cmd(Enumerable.Range(0, 25).Select(i => Opt("o" + i) with { Description = new string('d', 100), Choices = Enumerable.Range(0, 25).Select(c => ApplicationCommandChoice.Of(new string('c', 10) + c, new string('v', 20))).ToList() }).ToArray()), "8000" },
        { new ApplicationCommand { Name = "run", Description = "x", DefaultMemberPermissions = "0x20" }, "decimal string" },
    };

    [Theory]
    [MemberData(nameof(Invalid))]
    public void Rule_breaking_catalogs_are_reported(ApplicationCommand command, string expected)
    {
        var errors = ApplicationCommandValidator.Validate([command]);

        Assert.Contains(errors, e => e.Contains(expected, StringComparison.Ordinal));
    }

    [Fact]
    public void A_valid_catalog_has_no_errors()
    {
        var catalog = new[]
        {
            Cmd(Opt("minutes", required: true) with { Type = ApplicationCommandOptionType.Integer, MinValue = 1, MaxValue = 600 }, Opt("note") with { MaxLength = 200 }),
            new ApplicationCommand { Name = "Report run", Type = ApplicationCommandType.Message },
            new ApplicationCommand { Name = "settings", Description = "Club settings", DefaultMemberPermissions = "32" },
        };

        Assert.Empty(ApplicationCommandValidator.Validate(catalog));
    }
}
