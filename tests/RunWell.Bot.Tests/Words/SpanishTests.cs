using RunWell.Bot.Tests.Buddies;
using RunWell.Domain.Posts;
using RunWell.Testing;
using static RunWell.Bot.Tests.Buddies.BuddyWorld;

namespace RunWell.Bot.Tests.Words;

/// <summary>A member whose Discord is in Spanish reads Spanish everywhere; group posts follow the server's language.</summary>
public sealed class SpanishTests
{
    private static readonly Engine.Caller Ana = Commands.Member(Id(1), "Ana") with { Locale = "es-ES", GuildLocale = "en-US" };

    [Fact]
    public async Task Replies_errors_and_care_lines_are_in_the_members_language()
    {
        await using var services = await TestServices.CreateAsync();

        var checkIn = await services.RunAsync("checkin", Ana, ("mood", 2L), ("stress", 9L), ("energy", 3L));
        var refused = await services.RunAsync("run log", Ana, ("minutes", 0L));
        var english = await services.RunAsync("checkin", Commands.Member(Id(2), "Ben") with { Locale = "en-GB" }, ("mood", 6L), ("stress", 4L), ("energy", 5L));

        Assert.StartsWith("Check-in guardado: ánimo 2 · estrés 9 · energía 3.", checkIn.Message.Text.Plain, StringComparison.Ordinal);
        Assert.Contains("Parece un momento pesado", checkIn.Message.Text.Plain, StringComparison.Ordinal);
        Assert.Contains("Primera entrada guardada", checkIn.Message.Text.Plain, StringComparison.Ordinal);
        Assert.Contains("minutes debe ir de 1 a 600 (enviaste 0).", refused.Message.Text.Plain, StringComparison.Ordinal);
        Assert.EndsWith("No se ha guardado nada.", refused.Message.Text.Plain, StringComparison.Ordinal);
        Assert.StartsWith("Check-in saved: mood 6", english.Message.Text.Plain, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Help_cards_and_buttons_are_in_spanish_too()
    {
        await using var services = await TestServices.CreateAsync();

        var help = await services.RunAsync("help", Ana);
        var delete = await services.RunAsync("privacy delete", Ana);

        Assert.Equal(["La idea", "Anota y repasa", "Juntos, con calma", "Apoyo"], help.Message.Cards.Select(c => c.Title));
        Assert.Contains("nunca la sustituye", help.Message.Cards[^1].Body.Plain, StringComparison.Ordinal);
        Assert.Equal(["Borrarlo todo", "Conservar mis datos"], delete.Message.Buttons.Select(b => b.Label));
    }

    [Fact]
    public async Task A_dm_follows_the_members_language_while_the_channel_post_follows_the_servers()
    {
        await using var services = await TestServices.CreateAsync();
        await services.RowsAsync(Club(), Member(Id(1), nudges: true));

        // Ana's interaction tells RunWell her language (Spanish) and the server's (English).
        await services.RunAsync("nudge on", Ana);
        var draft = await services.DraftAsync(PostKind.BuddyPairing, PairingSlot);

        var dm = Assert.Single(draft.Messages);
        Assert.Equal("es-ES", dm.Language);
        Assert.Equal("en-GB", dm.FallbackLanguage);
        Assert.StartsWith("Estás en los compañeros de carrera", dm.Message().Text.Plain, StringComparison.Ordinal);
        Assert.StartsWith("Only one person joined buddy pairing", dm.FallbackMessage()!.Text.Plain, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_server_in_spanish_gets_its_group_posts_in_spanish()
    {
        await using var services = await TestServices.CreateAsync();
        await services.RowsAsync(Club(), Member(Id(1)), Member(Id(2)));
        await services.RunAsync("buddy status", Commands.Member(Id(3), "Admin") with { GuildLocale = "es-419" });
        await services.RunAsync("buddy join", Commands.Member(Id(3), "Admin") with { GuildLocale = "es-419" });

        var draft = await services.DraftAsync(PostKind.BuddyPairing, PairingSlot);

        var post = Assert.Single(draft.Messages).Message();
        Assert.StartsWith("🤝 Compañeros de carrera de esta semana", post.Text.Plain, StringComparison.Ordinal);
    }
}
