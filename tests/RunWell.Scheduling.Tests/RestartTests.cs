using RunWell.Domain.Posts;
using RunWell.Scheduling.Tests.Support;
using RunWell.Testing;

namespace RunWell.Scheduling.Tests;

/// <summary>Restarts mid-week and posts that fell due while the bot was down.</summary>
public sealed class RestartTests
{
    private static readonly DateTimeOffset SundaySlot = new(2026, 11, 29, 18, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task A_summary_due_during_downtime_goes_out_once_after_restart_and_never_again()
    {
        await using var database = await TestDatabase.CreateAsync();
        await Seed.ClubAsync(database);

        await using (await RhythmHost.StartAsync(database, TestServices.DefaultNow))
        {
            // Wednesday: up, planned, then down before Sunday's slot.
        }

        await using (var back = await RhythmHost.StartAsync(database, SundaySlot.AddHours(16)))
        {
            await RhythmHost.WaitUntilAsync(() => Task.FromResult(!back.Messenger.Sends.IsEmpty));
            Assert.Equal(SundaySlot.AddDays(7), await back.NextFireAsync(PostKind.WeeklySummary));
        }

        await using (var again = await RhythmHost.StartAsync(database, SundaySlot.AddHours(17)))
        {
            Assert.Empty(again.Messenger.Sends);
        }

        var post = Assert.Single(await Seed.PostsAsync(database, PostKind.WeeklySummary));
        Assert.Equal(SundaySlot.AddHours(16).UtcDateTime, post.CreatedAtUtc);
        Assert.Equal(OutboxStatus.Sent, Assert.Single(await Seed.OutboxAsync(database)).Status);
    }

    [Fact]
    public async Task A_summary_missed_by_more_than_a_day_is_skipped_rather_than_sent_late()
    {
        await using var database = await TestDatabase.CreateAsync();
        await Seed.ClubAsync(database);

        await using (var late = await RhythmHost.StartAsync(database, SundaySlot.AddHours(25)))
        {
            Assert.Equal(SundaySlot.AddDays(7), await late.NextFireAsync(PostKind.WeeklySummary));
        }

        Assert.Empty(await Seed.PostsAsync(database, PostKind.WeeklySummary));
    }
}
