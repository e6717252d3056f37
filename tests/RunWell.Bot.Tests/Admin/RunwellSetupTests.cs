using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using RunWell.Bot.Engine;
using RunWell.Bot.Handlers.Admin;
using RunWell.Domain.Clubs;
using RunWell.Domain.Messaging;
using RunWell.Testing;

namespace RunWell.Bot.Tests.Admin;

public sealed class RunwellSetupTests
{
    private const ChannelAccess AllNeeded = ChannelAccess.GroupPosts;

    private static readonly Caller Admin = Commands.Member(admin: true);

    private static ChannelValue Channel(bool isText = true, ChannelAccess? permissions = AllNeeded) => new(Commands.ChannelId, "running", isText, permissions);

    [Fact]
    public async Task Setup_saves_every_slot_and_shows_each_next_post_as_a_discord_timestamp()
    {
        var notifier = new RecordingNotifier();
        await using var services = await TestServices.CreateAsync(b => b.Services.AddSingleton<RunWell.Domain.Rhythm.IClubScheduleChanged>(notifier));

        var reply = await services.RunAsync("runwell setup", Admin,
            ("channel", Channel()), ("timezone", "Europe/London"),
            ("summary_day", "saturday"), ("summary_time", "19:30"), ("pairing_day", "tuesday"), ("pairing_time", "8:15"),
            ("checkin_day", "friday"), ("checkin_time", "12:00"), ("nudge_time", "16:45"));

        await using var db = services.Database.CreateContext();
        var club = await db.Clubs.SingleAsync();
        Assert.Equal((DayOfWeek.Saturday, new TimeOnly(19, 30)), (club.SummaryDay, club.SummaryTime));
        Assert.Equal((DayOfWeek.Tuesday, new TimeOnly(8, 15)), (club.PairingDay, club.PairingTime));
        Assert.Equal((DayOfWeek.Friday, new TimeOnly(12, 0)), (club.CheckInDay, club.CheckInTime));
        Assert.Equal(new TimeOnly(16, 45), club.NudgeTime);
        Assert.Equal([Commands.GuildId], notifier.Changed);

        // Now is Wednesday 25 Nov 2026 12:00 UTC (London is on GMT): the next Saturday 19:30 is the 28th.
        var schedule = reply.Message.Cards.Single().Body.Plain;
        Assert.Contains("Weekly summary (every Saturday at 19:30): 2026-11-28T19:30Z", schedule, StringComparison.Ordinal);
        Assert.Contains("2026-12-01T08:15Z", schedule, StringComparison.Ordinal);
        Assert.Contains("2026-11-27T12:00Z", schedule, StringComparison.Ordinal);
        Assert.Contains("2026-11-25T16:45Z", schedule, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Options_left_out_keep_their_current_value()
    {
        await using var services = await TestServices.CreateAsync();
        await services.RunAsync("runwell setup", Admin, ("channel", Channel()), ("timezone", "Europe/London"), ("pairing_time", "07:00"), ("summary_day", "friday"));

        await services.RunAsync("runwell setup", Admin, ("channel", Channel()), ("timezone", "America/New_York"), ("nudge_time", "18:00"));

        await using var db = services.Database.CreateContext();
        var club = await db.Clubs.SingleAsync();
        Assert.Equal("America/New_York", club.TimeZoneId);
        Assert.Equal(new TimeOnly(7, 0), club.PairingTime);
        Assert.Equal(DayOfWeek.Friday, club.SummaryDay);
        Assert.Equal(new TimeOnly(18, 0), club.NudgeTime);
        Assert.Equal(ClubDefaults.CheckInTime, club.CheckInTime);
    }

    public static TheoryData<string, (string, object?)[], string> Invalid => new()
    {
        { "not a text channel", [("channel", Channel(isText: false)), ("timezone", "Europe/London")], "must be a text channel" },
        { "cannot send", [("channel", Channel(permissions: AllNeeded & ~ChannelAccess.Send)), ("timezone", "Europe/London")], "Send Messages" },
        { "cannot view", [("channel", Channel(permissions: AllNeeded & ~ChannelAccess.View)), ("timezone", "Europe/London")], "View Channel" },
        { "cannot embed", [("channel", Channel(permissions: AllNeeded & ~ChannelAccess.EmbedLinks)), ("timezone", "Europe/London")], "Embed Links" },
        { "cannot attach", [("channel", Channel(permissions: AllNeeded & ~ChannelAccess.AttachFiles)), ("timezone", "Europe/London")], "Attach Files" },
        { "unknown zone", [("channel", Channel()), ("timezone", "Europe/Londn")], "timezone must be a time zone such as Europe/London" },
        { "typo suggests", [("channel", Channel()), ("timezone", "Europe/Londn")], "Did you mean Europe/London" },
        { "windows zone", [("channel", Channel()), ("timezone", "GMT Standard Time")], "timezone must be a time zone" },
        { "bad time", [("channel", Channel()), ("timezone", "Europe/London"), ("summary_time", "18-30")], "summary_time: use 24-hour time like 19:00" },
        { "impossible time", [("channel", Channel()), ("timezone", "Europe/London"), ("pairing_time", "25:00")], "pairing_time: use 24-hour time like 19:00" },
        { "bare hour", [("channel", Channel()), ("timezone", "Europe/London"), ("pairing_time", "7")], "pairing_time: use 24-hour time like 19:00" },
        { "nudge at night", [("channel", Channel()), ("timezone", "Europe/London"), ("nudge_time", "23:00")], "inside the quiet hours (21:00–08:00)" },
        { "nudge before 8", [("channel", Channel()), ("timezone", "Europe/London"), ("nudge_time", "7:59")], "Pick a time from 08:00 to 20:59" },
        { "missing channel", [("timezone", "Europe/London")], "The first setup needs channel" },
        { "missing both", [("summary_day", "friday")], "The first setup needs channel and timezone" },
        { "unknown day", [("channel", Channel()), ("timezone", "Europe/London"), ("pairing_day", "funday")], "pairing_day must be one of" },
        { "missing zone", [("channel", Channel())], "The first setup needs timezone" },
    };

    [Theory]
    [MemberData(nameof(Invalid))]
    public async Task Each_invalid_setup_is_refused_with_a_reason_and_saves_nothing(string why, (string, object?)[] options, string expected)
    {
        await using var services = await TestServices.CreateAsync();

        var reply = await services.RunAsync("runwell setup", Admin, options);

        Assert.True(reply.Message.Text.Plain.Contains(expected, StringComparison.Ordinal), $"{why}: {reply.Message.Text.Plain}");
        Assert.Contains("Nothing was saved", reply.Message.Text.Plain, StringComparison.Ordinal);
        await using var db = services.Database.CreateContext();
        Assert.False(await db.Clubs.AnyAsync(c => c.ChannelId != null), why);
    }

    [Theory]
    [InlineData("7pm", 19, 0)]
    [InlineData("7:30pm", 19, 30)]
    [InlineData("19.30", 19, 30)]
    [InlineData("１９：３０", 19, 30)]
    public async Task Slot_times_are_read_the_way_people_write_them(string typed, int hour, int minute)
    {
        await using var services = await TestServices.CreateAsync();

        var reply = await services.RunAsync("runwell setup", Admin, ("channel", Channel()), ("timezone", "Europe/London"), ("summary_time", typed));

        Assert.StartsWith("✅", reply.Message.Text.Plain, StringComparison.Ordinal);
        await using var db = services.Database.CreateContext();
        Assert.Equal(new TimeOnly(hour, minute), (await db.Clubs.SingleAsync()).SummaryTime);
    }

    [Theory]
    [InlineData("08:00")]
    [InlineData("20:59")]
    public async Task A_nudge_time_at_the_edges_of_the_quiet_hours_is_accepted(string typed)
    {
        await using var services = await TestServices.CreateAsync();

        var reply = await services.RunAsync("runwell setup", Admin, ("channel", Channel()), ("timezone", "Europe/London"), ("nudge_time", typed));

        Assert.StartsWith("✅", reply.Message.Text.Plain, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("europe/london", "Europe/London")]
    [InlineData("London", "Europe/London")]
    [InlineData("new york", "America/New_York")]
    [InlineData("sao paulo", "America/Sao_Paulo")]
    [InlineData("São Paulo", "America/Sao_Paulo")]
    public async Task Zones_are_matched_in_any_case_and_by_city(string typed, string expected)
    {
        await using var services = await TestServices.CreateAsync();

        var reply = await services.RunAsync("runwell setup", Admin, ("channel", Channel()), ("timezone", typed));

        Assert.StartsWith("✅", reply.Message.Text.Plain, StringComparison.Ordinal);
        Assert.DoesNotContain("fixed offset", reply.Message.Text.Plain, StringComparison.Ordinal);
        await using var db = services.Database.CreateContext();
        Assert.Equal(expected, (await db.Clubs.SingleAsync()).TimeZoneId);
    }

    [Fact]
    public async Task A_fixed_offset_abbreviation_is_saved_with_a_warning()
    {
        await using var services = await TestServices.CreateAsync();

        var reply = await services.RunAsync("runwell setup", Admin, ("channel", Channel()), ("timezone", "EST"));

        Assert.Contains("EST is a fixed offset (UTC−05:00) with no daylight saving", reply.Message.Text.Plain, StringComparison.Ordinal);
        Assert.Contains("America/New_York", reply.Message.Text.Plain, StringComparison.Ordinal);
    }

    [Fact]
    public async Task After_the_first_setup_one_slot_moves_without_channel_or_zone()
    {
        await using var services = await TestServices.CreateAsync();
        await services.RunAsync("runwell setup", Admin, ("channel", Channel()), ("timezone", "Europe/Paris"));

        var reply = await services.RunAsync("runwell setup", Admin, ("summary_time", "17:00"));

        Assert.StartsWith("✅", reply.Message.Text.Plain, StringComparison.Ordinal);
        await using var db = services.Database.CreateContext();
        var club = await db.Clubs.SingleAsync();
        Assert.Equal((Commands.ChannelId, "Europe/Paris", new TimeOnly(17, 0)), (club.ChannelId!.Value, club.TimeZoneId, club.SummaryTime));
    }

    [Fact]
    public async Task A_channel_whose_permissions_are_unknown_is_accepted()
    {
        await using var services = await TestServices.CreateAsync();

        var reply = await services.RunAsync("runwell setup", Admin, ("channel", Channel(permissions: null)), ("timezone", "Asia/Tokyo"));

        Assert.StartsWith("✅", reply.Message.Text.Plain, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Timezone_autocomplete_suggests_iana_zones_matching_what_was_typed()
    {
        await using var services = await TestServices.CreateAsync();

        var choices = await services.InScopeAsync(sp => sp.GetRequiredService<BotEngine>()
            .AutocompleteAsync(new AutocompleteRequest("runwell setup", "timezone", "lond", Admin), CancellationToken.None));

        Assert.Equal("Europe/London", choices[0].Value);
        Assert.All(choices, c => Assert.Contains("lond", c.Value, StringComparison.OrdinalIgnoreCase));
    }

    private sealed class RecordingNotifier : RunWell.Domain.Rhythm.IClubScheduleChanged
    {
        public List<ulong> Changed { get; } = [];

        public Task ClubScheduleChangedAsync(ulong guildId, CancellationToken ct)
        {
            Changed.Add(guildId);
            return Task.CompletedTask;
        }
    }
}
