using RunWell.Discord;
using RunWell.DiscordAdapter;
using RunWell.Domain.Messaging;

namespace RunWell.Tests.Rendering;

/// <summary>Typed parts become Discord markup and allowed_mentions; a long post is split under Discord's limit.</summary>
public sealed class DiscordRendererTests
{
    private static readonly DateTimeOffset Thursday = new(2026, 11, 26, 18, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Parts_become_discord_markup_and_only_pinged_members_are_allowed_mentions()
    {
        var message = new Message(RichText.Of(
            new UserPart(11, Ping: true), new TextPart(" and "), new UserPart(12), new TextPart(": "),
            new EmphasisPart("easy"), new TextPart(" "), new EmphasisPart("really", Emphasis.Soft), new TextPart(" "),
            new CommandPart("/buddy join"), new TextPart(" in "), new ChannelPart(5), new TextPart(" at "),
            new TimestampPart(Thursday), new TextPart(" @everyone")));

        var rendered = DiscordMessageRenderer.Render(message);

        Assert.Equal($"<@11> and <@12>: **easy** _really_ `/buddy join` in <#5> at <t:{Thursday.ToUnixTimeSeconds()}:f> @everyone", rendered.Content);
        Assert.Equal([11UL], rendered.AllowedMentions!.Users);
        Assert.Empty(rendered.AllowedMentions.Parse);
    }

    [Fact]
    public void A_long_post_is_split_at_line_breaks_each_piece_pinging_only_whom_it_names()
    {
        var lines = Enumerable.Range(1, 120).Select(i => RichText.Of(
            new TextPart("• "), new UserPart(1_190_000_000_000_000_000UL + (ulong)i, Ping: true), new TextPart(" & "),
            new UserPart(1_190_000_000_000_001_000UL + (ulong)i, Ping: true)));
        var message = new Message(RichText.Join("\n", lines.Prepend("🤝 This week's running buddies")))
        {
            Cards = [new Card("Card", "on the last piece only")],
        };

        var pieces = DiscordMessageRenderer.RenderPost(message, "n".PadRight(24, 'a'));

        Assert.True(pieces.Count > 1);
        Assert.All(pieces, p => Assert.InRange(p.Content!.Length, 1, DiscordMessageRenderer.ContentLimit));
        Assert.All(pieces, p => Assert.All(p.AllowedMentions!.Users, id => Assert.Contains($"<@{id}>", p.Content!, StringComparison.Ordinal)));
        Assert.Equal(240, pieces.SelectMany(p => p.AllowedMentions!.Users).Distinct().Count());
        Assert.Equal(pieces.Count, pieces.Select(p => p.Nonce).Distinct().Count());
        Assert.All(pieces, p => Assert.InRange(p.Nonce!.Length, 1, 25));
        Assert.Equal("n".PadRight(24, 'a'), pieces[0].Nonce);
        Assert.Single(pieces[^1].Embeds);
        Assert.All(pieces.SkipLast(1), p => Assert.Empty(p.Embeds));
        Assert.All(pieces.Skip(1), p => Assert.DoesNotContain("\n\n", p.Content!, StringComparison.Ordinal));
    }

    [Fact]
    public void Any_delivery_key_becomes_a_nonce_discord_accepts_the_same_every_time()
    {
        var key = "2026-W48:club-42:pairing:0:a-key-longer-than-discord-allows";
        var message = new Message(RichText.Join("\n", Enumerable.Range(1, 400).Select(i => (RichText)$"line {i} of a long post")));

        var pieces = DiscordMessageRenderer.RenderPost(message, key);
        var again = DiscordMessageRenderer.RenderPost(message, key);

        Assert.True(pieces.Count > 1);
        Assert.All(pieces, p => Assert.InRange(p.Nonce!.Length, 1, 25));
        Assert.Equal(pieces.Select(p => p.Nonce), again.Select(p => p.Nonce));
        Assert.Equal(pieces.Count, pieces.Select(p => p.Nonce).Distinct().Count());
        Assert.NotEqual(pieces[0].Nonce, DiscordMessageRenderer.RenderPost(message, key + "f")[0].Nonce);
    }

    [Fact]
    public void A_post_that_fits_is_one_message_with_the_posts_nonce()
    {
        var pieces = DiscordMessageRenderer.RenderPost(new Message("Short."), "abc");

        Assert.Equal("abc", Assert.Single(pieces).Nonce);
        Assert.Equal(DiscordAllowedMentions.None, pieces[0].AllowedMentions);
    }
}
