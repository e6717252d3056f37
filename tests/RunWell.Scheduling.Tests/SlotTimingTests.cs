using RunWell.Domain.Posts;
using RunWell.Scheduling.Tests.Support;
using RunWell.Testing;

namespace RunWell.Scheduling.Tests;

/// <summary>Each weekly job fires at its local slot, through the real Quartz scheduler on fake time, across DST.</summary>
public sealed class SlotTimingTests
{
    // Sunday 18:00 summary, Monday 09:00 pairing, Thursday 18:00 check-in (the defaults), in local time.
    public static TheoryData<string, PostKind, string, string> Changes => new()
    {
        // Europe/London: BST starts 29 Mar 2026, ends 25 Oct 2026.
        { "Europe/London", PostKind.WeeklySummary, "2026-03-22T18:00:00Z", "2026-03-29T17:00:00Z" },
        { "Europe/London", PostKind.WeeklySummary, "2026-10-18T17:00:00Z", "2026-10-25T18:00:00Z" },
        { "Europe/London", PostKind.BuddyPairing, "2026-03-23T09:00:00Z", "2026-03-30T08:00:00Z" },
        { "Europe/London", PostKind.BuddyCheckIn, "2026-10-22T17:00:00Z", "2026-10-29T18:00:00Z" },

        // America/New_York: EDT starts 8 Mar 2026, ends 1 Nov 2026.
        { "America/New_York", PostKind.WeeklySummary, "2026-03-01T23:00:00Z", "2026-03-08T22:00:00Z" },
        { "America/New_York", PostKind.WeeklySummary, "2026-10-25T22:00:00Z", "2026-11-01T23:00:00Z" },
        { "America/New_York", PostKind.BuddyPairing, "2026-11-02T14:00:00Z", "2026-11-09T14:00:00Z" },
        { "America/New_York", PostKind.BuddyCheckIn, "2026-03-05T23:00:00Z", "2026-03-12T22:00:00Z" },
    };

    [Theory]
    [MemberData(nameof(Changes))]
    public async Task A_weekly_post_goes_out_once_at_its_local_slot_on_both_sides_of_a_clock_change(string zone, PostKind kind, string before, string after)
    {
        var first = DateTimeOffset.Parse(before, System.Globalization.CultureInfo.InvariantCulture);
        var second = DateTimeOffset.Parse(after, System.Globalization.CultureInfo.InvariantCulture);
        await using var database = await TestDatabase.CreateAsync();
        await Seed.ClubAsync(database, zone);
        await using var host = await RhythmHost.StartAsync(database, first.AddDays(-2), new FixedProducer(PostKind.BuddyPairing), new FixedProducer(PostKind.BuddyCheckIn));

        foreach (var slot in new[] { first, second })
        {
            Assert.Equal(slot, await host.NextFireAsync(kind));
            host.Services.Time.SetUtcNow(slot);
            await RhythmHost.WaitUntilAsync(async () => await host.NextFireAsync(kind) > slot);
        }

        var posts = await Seed.PostsAsync(database, kind);
        Assert.Equal([first.UtcDateTime, second.UtcDateTime], posts.Select(p => p.CreatedAtUtc));
        Assert.Equal(second.AddDays(7), await host.NextFireAsync(kind));
        await RhythmHost.WaitUntilAsync(() => Task.FromResult(host.Messenger.Sends.Count(s => s.Message.Text.Plain.StartsWith(FixedProducer.Opening(kind), StringComparison.Ordinal) || kind == PostKind.WeeklySummary) >= 2));
    }

    [Fact]
    public async Task A_slot_in_the_autumn_repeat_hour_fires_once_and_a_slot_in_the_spring_gap_still_fires()
    {
        // 01:30 on a Sunday happens twice in London on 25 Oct 2026 and not at all on 29 Mar 2026.
        await using var database = await TestDatabase.CreateAsync();
        await Seed.ClubAsync(database, "Europe/London", edit: c => c.SummaryTime = new TimeOnly(1, 30));
        await using var host = await RhythmHost.StartAsync(database, new DateTimeOffset(2026, 10, 23, 12, 0, 0, TimeSpan.Zero));

        var firstOccurrence = new DateTimeOffset(2026, 10, 25, 0, 30, 0, TimeSpan.Zero);
        Assert.Equal(firstOccurrence, await host.NextFireAsync(PostKind.WeeklySummary));
        host.Services.Time.SetUtcNow(firstOccurrence);
        await RhythmHost.WaitUntilAsync(async () => await host.NextFireAsync(PostKind.WeeklySummary) > firstOccurrence);

        // The repeated 01:30 (01:30 UTC) is not a slot: the next one is a week later.
        Assert.Equal(new DateTimeOffset(2026, 11, 1, 1, 30, 0, TimeSpan.Zero), await host.NextFireAsync(PostKind.WeeklySummary));
        Assert.Single(await Seed.PostsAsync(database, PostKind.WeeklySummary));

        var spring = Domain.Time.SlotCalculator.NextWeekly(DayOfWeek.Sunday, new TimeOnly(1, 30),
            TimeZoneInfo.FindSystemTimeZoneById("Europe/London"), new DateTime(2026, 3, 28, 12, 0, 0, DateTimeKind.Utc));
        Assert.Equal(new DateTime(2026, 3, 29, 1, 30, 0, DateTimeKind.Utc), spring);
    }

    [Fact]
    public async Task Changing_the_club_schedule_moves_the_next_firing_at_once()
    {
        await using var database = await TestDatabase.CreateAsync();
        await Seed.ClubAsync(database, "Europe/London");
        await using var host = await RhythmHost.StartAsync(database, TestServices.DefaultNow);
        Assert.Equal(new DateTimeOffset(2026, 11, 29, 18, 0, 0, TimeSpan.Zero), await host.NextFireAsync(PostKind.WeeklySummary));

        await using (var db = database.CreateContext())
        {
            var club = db.Clubs.Single();
            club.SummaryDay = DayOfWeek.Saturday;
            club.SummaryTime = new TimeOnly(10, 15);
            club.TimeZoneId = "America/New_York";
            await db.SaveChangesAsync();
        }

        await host.Services.InScopeAsync(async sp =>
        {
            await Microsoft.Extensions.DependencyInjection.ServiceProviderServiceExtensions
                .GetRequiredService<Domain.Rhythm.IClubScheduleChanged>(sp).ClubScheduleChangedAsync(Commands.GuildId, CancellationToken.None);
            return 0;
        });

        Assert.Equal(new DateTimeOffset(2026, 11, 28, 15, 15, 0, TimeSpan.Zero), await host.NextFireAsync(PostKind.WeeklySummary));
    }
}
