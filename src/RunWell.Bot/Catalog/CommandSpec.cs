namespace RunWell.Bot.Catalog;

public enum OptionKind
{
    Text,
    WholeNumber,
    Fractional,
    Toggle,
    Channel,
}

public sealed record Choice(string Name, string Value);

/// <summary>One option of a command, described once: validation and Discord registration both read it.</summary>
public sealed record OptionSpec(string Name, string Description, OptionKind Kind, bool Required = false)
{
    public double? MinValue { get; init; }
    public double? MaxValue { get; init; }
    public int? MinLength { get; init; }
    public int? MaxLength { get; init; }
    public IReadOnlyList<Choice> Choices { get; init; } = [];
    public bool Autocomplete { get; init; }

    /// <summary>A short hint of what is allowed, used in error messages ("1–10", "HH:mm").</summary>
    public string? Hint { get; init; }
}

/// <summary>A command or a subcommand. A command with subcommands cannot be run on its own.</summary>
public sealed record CommandSpec(string Name, string Description)
{
    public IReadOnlyList<OptionSpec> Options { get; init; } = [];
    public IReadOnlyList<CommandSpec> Subcommands { get; init; } = [];

    /// <summary>Manage Server only: registered with default_member_permissions and checked again on every call.</summary>
    public bool AdminOnly { get; init; }

    /// <summary>Whether replies are only for the caller (true for anything about one member's data).</summary>
    public bool Ephemeral { get; init; } = true;
}
