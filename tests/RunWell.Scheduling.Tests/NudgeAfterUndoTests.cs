using Microsoft.Extensions.DependencyInjection;
using RunWell.Domain.GroupRuns;
using RunWell.Domain.Members;
using RunWell.Domain.Nudges;
using RunWell.Scheduling.Tests.Support;
using RunWell.Testing;

namespace RunWell.Scheduling.Tests;

/// <summary>
/// Quiet days after /run undo: what remains counts, a group run the member was at included. A UTC club,
/// nudges at the default 17:00, Ann nudged after 4 quiet days.
/// </summary>
public sealed class NudgeAfterUndoTests
{
    // Friday 20 Nov 2026: Ann turns nudges on (her member row dates from here).
    private static readonly DateTimeOffset Joined = new(2026, 11, 20, 12, 0, 0, TimeSpan.Zero);

    // Sunday 22 Nov 08:00: the club's group run.
    private static readonly DateTime GroupRunStart = new(2026, 11, 22, 8, 0, 0, DateTimeKind.Utc);

    [Fact]
    public async Task After_undoing_the_newest_run_quiet_days_count_from_the_group_run_the_member_was_at()
    {
        await using var services = await TestServices.CreateAsync(now: Joined);
        await Seed.ClubAsync(services.Database);
        var ann = Commands.Member();
        await services.RunAsync("nudge on", ann, ("after_days", 4L));
        var groupRun = new GroupRun
        {
            GuildId = Commands.GuildId, ChannelId = Commands.ChannelId, CreatorId = Commands.BenId, CreatorName = "Ben",
            StartUtc = GroupRunStart, Minutes = 30, Location = "the park gate", CreatedAtUtc = Joined.UtcDateTime,
        };
        await services.RowsAsync(groupRun);

        // Sunday 09:00, "I was there"; Tuesday 09:00 a run of her own, undone on Wednesday at 17:05.
        services.Time.SetUtcNow(new DateTimeOffset(GroupRunStart.AddHours(1)));
        var who = new MemberRef(Commands.GuildId, Commands.AnnId, "Ann");
        Assert.True((await services.InScopeAsync(sp => sp.GetRequiredService<GroupRunAttendance>().AttendAsync(who, groupRun.Id, CancellationToken.None))).Ok);
        services.Time.SetUtcNow(new DateTimeOffset(2026, 11, 24, 9, 0, 0, TimeSpan.Zero));
        await services.RunAsync("run log", ann, ("minutes", 20L));
        services.Time.SetUtcNow(new DateTimeOffset(2026, 11, 25, 17, 5, 0, TimeSpan.Zero));
        Assert.Contains("Removed your last run", (await services.RunAsync("run undo", ann)).Message.Text.Plain, StringComparison.Ordinal);

        // Wednesday is 3 quiet days after the group run (5 after she joined): not yet. Thursday is the 4th.
        var wednesday = await SweepAsync(services);
        services.Time.Advance(TimeSpan.FromDays(1));
        var thursday = await SweepAsync(services);

        Assert.Equal((0, 1), (wednesday, thursday));
    }

    private static Task<int> SweepAsync(TestServices services) =>
        services.InScopeAsync(async sp => (await sp.GetRequiredService<NudgeSweep>().SweepAsync(CancellationToken.None)).Nudged);
}
