using System.Text.RegularExpressions;
using RunWell.Testing;

namespace RunWell.Bot.Tests.Words;

/// <summary>
/// Every word a member or admin reads comes from the catalog: no sentence is written in code in the
/// domain, the bot, the Discord adapter or the console adapter. Logs, exception messages and stored delivery
/// diagnostics are for operators, not members, and are left out by name (README, "Languages").
/// </summary>
public sealed partial class EnglishOutsideCatalogTests
{
    private static readonly string[] Folders =
    [
        Path.Combine("src", "RunWell.Domain"),
        Path.Combine("src", "RunWell.Bot"),
        Path.Combine("src", "RunWell", "DiscordAdapter"),
        Path.Combine("src", "RunWell", "ConsoleChat"),
    ];

    /// <summary>Lines that hold operator-facing text: logs, exceptions, health checks and delivery diagnostics kept with outbox rows.</summary>
    private static readonly string[] OperatorText =
    [
        "Exception(", "[LoggerMessage", "HealthCheckResult.", "LastError", "Fail(row", "Detail:", "Withdrawn =",
    ];

    /// <summary>Words RunWell reads rather than says: the English and Spanish phrases members type into <c>when</c>.</summary>
    private static readonly string[] InputVocabulary = ["DayWords.cs"];

    [Fact]
    public void No_sentence_is_written_in_code()
    {
        var found = Folders
            .SelectMany(Repo.SourceFiles)
            .Where(f => !InputVocabulary.Contains(Path.GetFileName(f)))
            .SelectMany(f => File.ReadLines(f).Select((line, i) => (File: Path.GetFileName(f), Line: i + 1, Text: line.Trim())))
            .Where(l => !l.Text.StartsWith("//", StringComparison.Ordinal))
            .Where(l => !OperatorText.Any(o => l.Text.Contains(o, StringComparison.Ordinal)))
            .Where(l => Sentence().Matches(l.Text).Any(m => !DatePattern().IsMatch(m.Value)))
            .Select(l => $"{l.File}:{l.Line}: {l.Text}")
            .ToList();

        Assert.Empty(found);
    }

    [Fact]
    public void The_scan_finds_a_sentence_when_there_is_one()
    {
        Assert.Matches(Sentence(), """return Reply.Private("You are all set for this week.");""");
        Assert.DoesNotMatch(Sentence(), """return Reply.Private(Rich("Buddy_Joined", when));""");
        Assert.Matches(DatePattern(), "\"dddd d MMMM yyyy HH:mm\"");
        Assert.DoesNotMatch(DatePattern(), "\"Did you mean this\"");
    }

    /// <summary>A string literal with three or more words in a row.</summary>
    [GeneratedRegex("""(?<!\w)\$?"[^"]*[A-Za-z]{2,}[ ,']+[A-Za-z]{2,}[ ,']+[A-Za-z]{2,}[^"]*"(?!\w)""")]
    private static partial Regex Sentence();

    /// <summary>A date or time format ("dddd d MMMM yyyy HH:mm"): letters of a pattern, not words; each language fills it in.</summary>
    [GeneratedRegex("""^\$?"[dMyHhmsft :./,'-]*"$""")]
    private static partial Regex DatePattern();
}
