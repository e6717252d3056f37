using RunWell.Bot.Words;

namespace RunWell.Bot.Catalog;

public enum OptionKind
{
    Text,
    WholeNumber,
    Fractional,
    Toggle,
    Channel,
}

/// <summary>A value to pick. <see cref="NameKey"/> names a catalog entry when the shown name is localized.</summary>
public sealed record Choice(string Name, string Value)
{
    /// <summary>The most suggestions one answer offers while an option is typed (what Discord shows, and plenty to read).</summary>
    public const int MostSuggested = 25;

    public string? NameKey { get; init; }

    /// <summary>A choice whose shown name comes from the catalog (English here; other languages at registration).</summary>
    public static Choice Localized(string nameKey, string value) => new(Words.Words.In(Languages.English, nameKey), value) { NameKey = nameKey };
}

/// <summary>One option of a command, described once: validation and Discord registration both read it.</summary>
/// <param name="DescriptionKey">The catalog entry describing it.</param>
public sealed record OptionSpec(string Name, string DescriptionKey, OptionKind Kind, bool Required = false)
{
    public double? MinValue { get; init; }
    public double? MaxValue { get; init; }
    public int? MinLength { get; init; }
    public int? MaxLength { get; init; }
    public IReadOnlyList<Choice> Choices { get; init; } = [];
    public bool Autocomplete { get; init; }

    /// <summary>A catalog entry saying what is allowed when the range or length does not say it ("HH:mm").</summary>
    public string? HintKey { get; init; }

    /// <summary>The English description (Discord's default; other languages are registered as localizations).</summary>
    public string Description => Words.Words.In(Languages.English, DescriptionKey);
}

/// <summary>A command or a subcommand. A command with subcommands cannot be run on its own.</summary>
/// <param name="DescriptionKey">The catalog entry describing it.</param>
public sealed record CommandSpec(string Name, string DescriptionKey)
{
    public IReadOnlyList<OptionSpec> Options { get; init; } = [];
    public IReadOnlyList<CommandSpec> Subcommands { get; init; } = [];

    /// <summary>Manage Server only: registered with default_member_permissions and checked again on every call.</summary>
    public bool AdminOnly { get; init; }

    /// <summary>Only reads: a refused option says so without claiming that something was not saved.</summary>
    public bool ReadOnly { get; init; }

    /// <summary>The English description (Discord's default; other languages are registered as localizations).</summary>
    public string Description => Words.Words.In(Languages.English, DescriptionKey);
}
