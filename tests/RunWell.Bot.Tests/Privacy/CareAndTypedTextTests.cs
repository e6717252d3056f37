using Microsoft.EntityFrameworkCore;
using RunWell.Bot.Copy;
using RunWell.Bot.Engine;
using RunWell.Domain.Members;
using RunWell.Testing;

namespace RunWell.Bot.Tests.Privacy;

public sealed class CareAndTypedTextTests
{
    private static readonly Caller Admin = Commands.Member(admin: true);
    private static readonly Caller Ann = Commands.Member();

    [Fact]
    public async Task Help_keeps_the_professional_care_line_before_custom_support_text()
    {
        await using var services = await TestServices.CreateAsync();
        await services.RunAsync("runwell support", Admin, ("text", "Talk to Sam: 0123 456"));

        var help = await services.RunAsync("help", Ann);

        Assert.Equal(CareCopy.ProfessionalCare + "\nTalk to Sam: 0123 456", help.Message.Cards.Single(c => c.Title == "Support").Body.Plain);
        Assert.Contains("complements professional care and never replaces it", CareCopy.ProfessionalCare, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Support_text_renders_inert_links_mentions_and_bidi_as_plain_text()
    {
        await using var services = await TestServices.CreateAsync();
        await services.RunAsync("runwell support", Admin,
            ("text", "Call [our helpline](https://evil.example/x) @everyone @here <@123456> <@&42> <#77> \u202Eevil\u202C\u0007 end"));

        var body = (await services.RunAsync("help", Ann)).Message.Cards.Single(c => c.Title == "Support").Body.Plain;

        Assert.Contains("our helpline (https://evil.example/x)", body, StringComparison.Ordinal);
        Assert.DoesNotContain("](", body, StringComparison.Ordinal);
        Assert.DoesNotContain("@everyone", body, StringComparison.Ordinal);
        Assert.DoesNotContain("@here", body, StringComparison.Ordinal);
        Assert.DoesNotContain("<@", body, StringComparison.Ordinal);
        Assert.DoesNotContain("<#", body, StringComparison.Ordinal);
        Assert.DoesNotContain('\u202E', body);
        Assert.DoesNotContain('\u0007', body);
        Assert.StartsWith(CareCopy.ProfessionalCare, body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Support_text_stored_before_cleaning_is_still_shown_as_plain_text()
    {
        await using var services = await TestServices.CreateAsync();
        await MemberRows.EnsureClubAsync(services.Database, Commands.GuildId, configure: c => c.SupportText = "[x](https://e.example) @everyone");

        var body = (await services.RunAsync("help", Ann)).Message.Cards.Single(c => c.Title == "Support").Body.Plain;

        Assert.Contains("x (https://e.example)", body, StringComparison.Ordinal);
        Assert.DoesNotContain("@everyone", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_low_mood_signpost_shows_the_care_line_and_the_servers_support_text()
    {
        await using var services = await TestServices.CreateAsync();
        await services.RunAsync("runwell support", Admin, ("text", "Samaritans: 116 123"));

        var reply = await services.RunAsync("checkin", Ann, ("mood", 1L), ("stress", 5L), ("energy", 5L));

        Assert.Contains(CareCopy.Signpost.Plain, reply.Message.Text.Plain, StringComparison.Ordinal);
        Assert.Contains(CareCopy.ProfessionalCare + " Samaritans: 116 123", reply.Message.Text.Plain, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Typed_text_loses_control_characters_but_keeps_emoji_sequences_and_note_newlines()
    {
        await using var services = await TestServices.CreateAsync();
        const string family = "👩‍👩‍👧";
        const string heart = "❤️";
        const string flag = "🏳️‍🌈";

        await services.RunAsync("checkin", Ann, ("mood", 5L), ("stress", 5L), ("energy", 5L), ("concern", $"work\u0007 \0dead\u0085line {family}"));
        await services.RunAsync("run log", Ann, ("minutes", 20L), ("note", $"easy\u001b loop\nwith Ben {heart}{flag}"));
        await services.RunAsync("pause", Ann, ("days", 3L), ("reason", "calf\u0000 strain\u009b"));

        var (concern, note, reason) = await services.QueryAsync(async db => (
            (await db.CheckIns.SingleAsync()).Concern,
            (await db.Runs.SingleAsync()).Note,
            (await db.Pauses.SingleAsync()).Reason));
        Assert.Equal($"work deadline {family}", concern);
        Assert.Equal($"easy loop\nwith Ben {heart}{flag}", note);
        Assert.Equal("calf strain", reason);
    }

    [Fact]
    public async Task Display_names_lose_controls_and_bidi_overrides_but_keep_emoji()
    {
        await using var services = await TestServices.CreateAsync();

        await services.RunAsync("run log", Commands.Member(Commands.BenId, "Ben\u202E\u0007 🏃‍♀️"), ("minutes", 20L));

        var name = await services.QueryAsync(async db => (await db.Members.SingleAsync(m => m.UserId == Commands.BenId)).DisplayName);
        Assert.Equal("Ben 🏃‍♀️", name);
    }

    [Theory]
    [InlineData(null, NudgeFallback.Skip)]
    [InlineData("skip", NudgeFallback.Skip)]
    [InlineData("mention", NudgeFallback.MentionInChannel)]
    public async Task Nudges_stay_private_unless_the_member_agrees_to_a_channel_mention(string? choice, NudgeFallback expected)
    {
        await using var services = await TestServices.CreateAsync();

        var reply = choice is null
            ? await services.RunAsync("nudge on", Ann)
            : await services.RunAsync("nudge on", Ann, ("if_dms_closed", choice));

        Assert.Equal(expected, await services.QueryAsync(async db => (await db.Members.SingleAsync()).NudgeIfDmsClosed));
        Assert.Contains(expected == NudgeFallback.Skip ? "simply skipped" : "mention you once", reply.Message.Text.Plain, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_shout_out_setting_is_the_members_own_choice()
    {
        await using var services = await TestServices.CreateAsync();

        await services.RunAsync("profile shoutout", Ann, ("state", "off"));
        var off = await services.QueryAsync(async db => (await db.Members.SingleAsync()).HiddenFromShoutOut);
        var shown = await services.RunAsync("profile show", Ann);
        await services.RunAsync("profile shoutout", Ann, ("state", "on"));
        var on = await services.QueryAsync(async db => (await db.Members.SingleAsync()).HiddenFromShoutOut);

        Assert.True(off);
        Assert.Contains("Weekly shout-out: off", shown.Message.Text.Plain, StringComparison.Ordinal);
        Assert.False(on);
    }

    [Fact]
    public async Task The_first_entry_notice_says_what_group_posts_show()
    {
        await using var services = await TestServices.CreateAsync();

        var reply = await services.RunAsync("run log", Ann, ("minutes", 20L));

        Assert.Contains("shout-out naming who ran", reply.Message.Text.Plain, StringComparison.Ordinal);
        Assert.Contains("/profile shoutout off", reply.Message.Text.Plain, StringComparison.Ordinal);
    }
}
