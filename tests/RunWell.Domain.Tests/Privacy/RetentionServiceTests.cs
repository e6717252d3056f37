using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using RunWell.Domain.Entries;
using RunWell.Domain.Privacy;
using RunWell.Testing;

namespace RunWell.Domain.Tests.Privacy;

public sealed class RetentionServiceTests
{
    private const ulong ShortGuild = 1_288_000_000_000_000_030;
    private const ulong LongGuild = 1_288_000_000_000_000_365;

    private static Task<RetentionReport> RunAsync(TestServices services) =>
        services.InScopeAsync(sp => sp.GetRequiredService<RetentionService>().RunAsync(CancellationToken.None));

    [Fact]
    public async Task Retention_deletes_exactly_the_entries_older_than_each_servers_retention()
    {
        // Wednesday 25 Nov 2026 12:00 UTC: the last 03:00 sweep in UTC was today at 03:00.
        await using var services = await TestServices.CreateAsync();
        await MemberRows.EnsureClubAsync(services.Database, ShortGuild, configure: c => c.RetentionDays = 30);
        await MemberRows.EnsureClubAsync(services.Database, LongGuild, configure: c => c.RetentionDays = 365);
        var cutoff30 = new DateTime(2026, 10, 26, 3, 0, 0, DateTimeKind.Utc);
        foreach (var guild in new[] { ShortGuild, LongGuild })
        {
            await MemberRows.AddEverywhereAsync(services.Database, guild, Commands.AnnId, $"old-{guild}", Commands.BenId, cutoff30.AddHours(-2));
            await MemberRows.AddEverywhereAsync(services.Database, guild, Commands.BenId, $"new-{guild}", Commands.AnnId, cutoff30.AddMinutes(1));
        }

        var report = await RunAsync(services);

        await using var db = services.Database.CreateContext();
        Assert.Equal([$"note-new-{ShortGuild}"], await NotesAsync(db, ShortGuild));
        Assert.Equal([$"concern-new-{ShortGuild}"], await db.CheckIns.Where(c => c.GuildId == ShortGuild).Select(c => c.Concern).ToListAsync());
        Assert.Equal(1, await db.Nudges.CountAsync(n => n.GuildId == ShortGuild));
        Assert.Equal(1, await db.BuddyAnswers.CountAsync(a => a.GuildId == ShortGuild));
        Assert.Equal(1, await db.BuddyGroups.CountAsync(g => g.GuildId == ShortGuild));
        Assert.Equal(2, await db.Members.CountAsync(m => m.GuildId == ShortGuild));

        // The old pause ended three days after the cut-off, so it is still inside the retention.
        Assert.Equal(2, await db.Pauses.CountAsync(p => p.GuildId == ShortGuild));
        Assert.Equal([$"note-new-{LongGuild}", $"note-old-{LongGuild}"], await NotesAsync(db, LongGuild));
        Assert.Equal(new RetentionCounts(CheckIns: 1, Runs: 1, BuddyAnswers: 1, Nudges: 1, Pauses: 0, BuddyGroups: 1, OutboxRows: 1, PostKeys: 1, Members: 0, GroupRunRows: 2), report.Deleted);

        // The old nudge's stored message and its per-member-per-day key went with the entries.
        Assert.Equal(1, await db.Outbox.CountAsync(o => o.GuildId == ShortGuild));
        Assert.Equal(1, await db.ScheduledPosts.CountAsync(p => p.GuildId == ShortGuild));
    }

    [Fact]
    public async Task Retention_deletes_member_rows_with_nothing_left_and_keeps_those_with_a_choice_in_force()
    {
        await using var services = await TestServices.CreateAsync();
        await MemberRows.EnsureClubAsync(services.Database, ShortGuild, configure: c => c.RetentionDays = 30);
        var old = new DateTime(2026, 9, 1, 12, 0, 0, DateTimeKind.Utc);
        await services.RowsAsync(
            new RunWell.Domain.Members.Member { GuildId = ShortGuild, UserId = 1, DisplayName = "empty", CreatedAtUtc = old },
            new RunWell.Domain.Members.Member { GuildId = ShortGuild, UserId = 2, DisplayName = "buddy", BuddyOptIn = true, CreatedAtUtc = old },
            new RunWell.Domain.Members.Member { GuildId = ShortGuild, UserId = 3, DisplayName = "new", CreatedAtUtc = services.Time.GetUtcNow().UtcDateTime });

        var report = await RunAsync(services);

        Assert.Equal(1, report.Deleted.Members);
        await using var db = services.Database.CreateContext();
        Assert.Equal([2UL, 3UL], await db.Members.Where(m => m.GuildId == ShortGuild).Select(m => m.UserId).OrderBy(u => u).ToListAsync());
    }

    [Fact]
    public async Task The_cut_off_moves_only_at_03_00_in_the_servers_zone_so_an_hourly_sweep_acts_once_a_day()
    {
        // 02:30 in New York (07:30 UTC): the last sweep there was yesterday at 03:00 local.
        await using var services = await TestServices.CreateAsync(now: new DateTimeOffset(2026, 11, 25, 7, 30, 0, TimeSpan.Zero));
        await MemberRows.EnsureClubAsync(services.Database, ShortGuild, configure: c => { c.RetentionDays = 30; c.TimeZoneId = "America/New_York"; });
        var cutoffBefore = new DateTime(2026, 10, 25, 7, 0, 0, DateTimeKind.Utc);
        await MemberRows.AddEverywhereAsync(services.Database, ShortGuild, Commands.AnnId, "a", Commands.BenId, cutoffBefore.AddMinutes(30));

        await RunAsync(services);
        Assert.Equal(["note-a"], await NotesAsync(services, ShortGuild));

        services.Time.Advance(TimeSpan.FromHours(1));
        await RunAsync(services);
        Assert.Empty(await NotesAsync(services, ShortGuild));
    }

    [Fact]
    public async Task A_removed_servers_data_is_purged_after_30_days_and_not_before()
    {
        await using var services = await TestServices.CreateAsync();
        var now = services.Time.GetUtcNow().UtcDateTime;
        await MemberRows.AddEverywhereAsync(services.Database, ShortGuild, Commands.AnnId, "gone", Commands.BenId, now.AddDays(-1));
        await MemberRows.AddEverywhereAsync(services.Database, LongGuild, Commands.AnnId, "stays", Commands.BenId, now.AddDays(-1));
        await services.InScopeAsync(sp => Done(sp.GetRequiredService<ServerLifecycleService>().GuildRemovedAsync(ShortGuild, CancellationToken.None)));

        services.Time.Advance(TimeSpan.FromDays(30) - TimeSpan.FromMinutes(1));
        await RunAsync(services);
        Assert.Equal(1, (await MemberRows.CountAsync(services.Database, ShortGuild, Commands.AnnId))["Runs"]);

        services.Time.Advance(TimeSpan.FromMinutes(2));
        var report = await RunAsync(services);

        Assert.Equal(1, report.ServersPurged);
        await using var db = services.Database.CreateContext();
        Assert.False(await db.Clubs.AnyAsync(c => c.GuildId == ShortGuild));
        Assert.All((await MemberRows.CountAsync(services.Database, ShortGuild, Commands.AnnId)).Values, n => Assert.Equal(0, n));
        Assert.False(await db.BuddyGroups.AnyAsync(g => g.GuildId == ShortGuild));
        Assert.False(await db.BuddyGroupMembers.AnyAsync(s => s.UserId == Commands.BenId && !db.BuddyGroups.Any(g => g.Id == s.GroupId)));
        Assert.Equal(1, (await MemberRows.CountAsync(services.Database, LongGuild, Commands.AnnId))["Runs"]);
    }

    [Fact]
    public async Task A_server_that_adds_the_bot_back_keeps_its_data()
    {
        await using var services = await TestServices.CreateAsync();
        var now = services.Time.GetUtcNow().UtcDateTime;
        await MemberRows.AddEverywhereAsync(services.Database, ShortGuild, Commands.AnnId, "back", Commands.BenId, now.AddDays(-1));
        await services.InScopeAsync(sp => Done(sp.GetRequiredService<ServerLifecycleService>().GuildRemovedAsync(ShortGuild, CancellationToken.None)));
        services.Time.Advance(TimeSpan.FromDays(20));
        await services.InScopeAsync(sp => Done(sp.GetRequiredService<ServerLifecycleService>().GuildAvailableAsync(ShortGuild, "Back again", CancellationToken.None)));

        services.Time.Advance(TimeSpan.FromDays(40));
        await RunAsync(services);

        await using var db = services.Database.CreateContext();
        var club = await db.Clubs.SingleAsync(c => c.GuildId == ShortGuild);
        Assert.Null(club.RemovedAtUtc);
        Assert.Equal("Back again", club.Name);
        Assert.Equal(1, (await MemberRows.CountAsync(services.Database, ShortGuild, Commands.AnnId))["Members"]);
    }

    [Fact]
    public async Task A_repeated_removal_event_does_not_restart_the_30_days()
    {
        await using var services = await TestServices.CreateAsync();
        await MemberRows.EnsureClubAsync(services.Database, ShortGuild);
        var first = services.Time.GetUtcNow().UtcDateTime;
        await services.InScopeAsync(sp => Done(sp.GetRequiredService<ServerLifecycleService>().GuildRemovedAsync(ShortGuild, CancellationToken.None)));

        services.Time.Advance(TimeSpan.FromDays(10));
        await services.InScopeAsync(sp => Done(sp.GetRequiredService<ServerLifecycleService>().GuildRemovedAsync(ShortGuild, CancellationToken.None)));

        await using var db = services.Database.CreateContext();
        Assert.Equal(first, (await db.Clubs.SingleAsync()).RemovedAtUtc);
    }

    private static async Task<bool> Done(Task task)
    {
        await task;
        return true;
    }

    private static async Task<List<string?>> NotesAsync(TestServices services, ulong guildId)
    {
        await using var db = services.Database.CreateContext();
        return await NotesAsync(db, guildId);
    }

    private static Task<List<string?>> NotesAsync(Persistence.RunWellDbContext db, ulong guildId) =>
        db.Runs.Where(r => r.GuildId == guildId).OrderBy(r => r.Note).Select(r => r.Note).ToListAsync();
}
