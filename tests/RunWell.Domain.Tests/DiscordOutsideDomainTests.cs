using System.Text.RegularExpressions;
using RunWell.Testing;

namespace RunWell.Domain.Tests;

/// <summary>
/// The domain knows nothing of Discord: no markup, no message limits, no nonces, no custom-id formats, no
/// snowflake arithmetic. Those live in the Discord adapter and client; the domain returns facts and typed parts.
/// Comments may name Discord as an example; code may not.
/// </summary>
public sealed partial class DiscordOutsideDomainTests
{
    [Fact]
    public void No_discord_fact_is_written_in_the_domains_code()
    {
        var found = Repo.SourceFiles(Path.Combine("src", "RunWell.Domain"))
            .SelectMany(f => File.ReadLines(f).Select((line, i) => (File: Path.GetFileName(f), Line: i + 1, Code: Code(line))))
            .Where(l => DiscordFact().IsMatch(l.Code))
            .Select(l => $"{l.File}:{l.Line}: {l.Code}")
            .ToList();

        Assert.Empty(found);
    }

    [Theory]
    [InlineData("""return $"<@{userId}> joined";""")]
    [InlineData("""var ts = $"<t:{unix}:F>";""")]
    [InlineData("""return "**" + title + "**";""")]
    [InlineData("""public const int MaxChars = 2000;""")]
    [InlineData("""Nonce = PostNonce.For(guildId, kind, key, 0),""")]
    [InlineData("""var customId = $"nudge:{guildId}";""")]
    [InlineData("""var shard = (guildId >> 22) % count;""")]
    [InlineData("""if (status == DiscordErrorKind.CannotMessageUser)""")]
    public void The_scan_finds_a_discord_fact_when_there_is_one(string line)
    {
        Assert.Matches(DiscordFact(), Code(line));
    }

    [Fact]
    public void The_scan_lets_facts_and_typed_parts_through()
    {
        Assert.DoesNotMatch(DiscordFact(), Code("""return RichText.Of(new UserPart(userId, Ping: true), new TextPart(" joined"));"""));
        Assert.DoesNotMatch(DiscordFact(), Code("""/// <summary>A Discord server's settings.</summary>"""));
    }

    /// <summary>The line without a comment (whole-line or trailing), so prose about Discord is allowed.</summary>
    private static string Code(string line)
    {
        var trimmed = line.Trim();
        if (trimmed.StartsWith("//", StringComparison.Ordinal))
        {
            return "";
        }

        var comment = trimmed.IndexOf(" //", StringComparison.Ordinal);
        return comment < 0 ? trimmed : trimmed[..comment];
    }

    /// <summary>Markup, limits, nonces, custom ids, snowflake shifts and Discord's own names.</summary>
    [GeneratedRegex("""<[@#]|<t:|\*\*|(?i:nonce|custom_?id|enforce_)|\bMaxChars\b|\bContentLimit\b|>>\s*22\b|\bDiscord""")]
    private static partial Regex DiscordFact();
}
