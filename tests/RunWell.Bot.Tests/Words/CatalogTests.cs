using System.Globalization;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using RunWell.Bot.Catalog;
using RunWell.Bot.Words;
using RunWell.Testing;

namespace RunWell.Bot.Tests.Words;

/// <summary>Every language's catalog says everything, with the same placeholders and marks, and the code asks only for words that exist.</summary>
public sealed partial class CatalogTests
{
    private static readonly string WordsFolder = Path.Combine(Repo.Root, "src", "RunWell.Bot", "Words");

    public static TheoryData<string> Translations => ["Strings.es.resx"];

    [Theory]
    [MemberData(nameof(Translations))]
    public void Every_entry_exists_in_every_language_and_nothing_extra(string file)
    {
        var english = Entries("Strings.resx");
        var other = Entries(file);

        Assert.Empty(english.Keys.Except(other.Keys).Order());
        Assert.Empty(other.Keys.Except(english.Keys).Order());
        Assert.All(other, e => Assert.False(string.IsNullOrWhiteSpace(e.Value), e.Key));
    }

    [Theory]
    [MemberData(nameof(Translations))]
    public void Placeholders_marks_and_rotations_match_the_english_entry(string file)
    {
        var english = Entries("Strings.resx");
        var other = Entries(file);

        Assert.All(english.Keys.Intersect(other.Keys), key =>
        {
            var (en, tr) = (english[key], other[key]);
            Assert.True(Placeholders(en).SetEquals(Placeholders(tr)), $"{key}: placeholders {string.Join(",", Placeholders(en))} vs {string.Join(",", Placeholders(tr))}");
            Assert.True(Count(en, "**") == Count(tr, "**"), $"{key}: bold marks differ");
            Assert.True(Count(en, "`") == Count(tr, "`"), $"{key}: command marks differ");
            Assert.True(en.Split('|').Length == tr.Split('|').Length, $"{key}: a rotation needs as many wordings in every language");
            Assert.True(Count(tr, "**") % 2 == 0 && Count(tr, "`") % 2 == 0, $"{key}: an unclosed mark");
        });
    }

    [Fact]
    public void Every_key_the_code_asks_for_is_in_the_catalog()
    {
        var english = Entries("Strings.resx");
        var asked = Repo.SourceFiles(Path.Combine("src", "RunWell.Bot")).Concat(Repo.SourceFiles(Path.Combine("src", "RunWell")))
            .SelectMany(f => KeyUse().Matches(File.ReadAllText(f)).Select(m => (File: Path.GetFileName(f), Key: m.Groups["key"].Value)))
            .ToList();

        Assert.NotEmpty(asked);
        Assert.All(asked, use => Assert.True(english.ContainsKey(use.Key), $"{use.File} asks for '{use.Key}', which the catalog does not have"));
    }

    [Fact]
    public void Every_command_option_and_choice_is_described_in_every_language()
    {
        var specs = CommandCatalog.All.SelectMany(c => c.Subcommands.Prepend(c)).ToList();
        foreach (var language in Languages.All)
        {
            Assert.All(specs, s => Assert.InRange(RunWell.Bot.Words.Words.In(language, s.DescriptionKey).Length, 1, 100));
            Assert.All(specs.SelectMany(s => s.Options), o => Assert.InRange(RunWell.Bot.Words.Words.In(language, o.DescriptionKey).Length, 1, 100));
            Assert.All(
                specs.SelectMany(s => s.Options).SelectMany(o => o.Choices).Where(c => c.NameKey is not null),
                c => Assert.InRange(RunWell.Bot.Words.Words.In(language, c.NameKey!).Length, 1, 100));
        }
    }

    [Fact]
    public void Spanish_is_read_for_any_spanish_discord_locale_and_english_for_the_rest()
    {
        Assert.Equal("es-ES", Languages.For("es-ES").Name);
        Assert.Equal("es-ES", Languages.For("es-419").Name);
        Assert.Equal("en-GB", Languages.For("fr").Name);
        Assert.Equal("en-GB", Languages.For(null).Name);
        Assert.NotEqual(
            RunWell.Bot.Words.Words.In(Languages.English, "Care_Signpost"),
            RunWell.Bot.Words.Words.In(Languages.Spanish, "Care_Signpost"));
    }

    internal static Dictionary<string, string> Entries(string file) =>
        XDocument.Load(Path.Combine(WordsFolder, file)).Root!.Elements("data")
            .ToDictionary(d => (string)d.Attribute("name")!, d => (string)d.Element("value")!, StringComparer.Ordinal);

    private static HashSet<string> Placeholders(string text) => [.. Placeholder().Matches(text).Select(m => m.Value)];

    private static int Count(string text, string mark) => (text.Length - text.Replace(mark, "", StringComparison.Ordinal).Length) / mark.Length;

    [GeneratedRegex(@"\{\d+\}")]
    private static partial Regex Placeholder();

    /// <summary>Literal keys handed to the catalog: Rich("…"), Get("…"), Pick("…"), Count("…"), In(…, "…"), "…Key" arguments.</summary>
    [GeneratedRegex(@"\b(?:Rich|Get|Pick|Count|Localized|In\([^,]+,)\s*\(?\s*""(?<key>[A-Z][A-Za-z]+_[A-Za-z_]+)""|""(?<key>(?:Cmd|Opt|Choice|Hint|Label|Count|Kind|Helped|Review|Profile)_[A-Za-z_]+)""")]
    private static partial Regex KeyUse();
}
