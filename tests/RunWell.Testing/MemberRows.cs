using System.Globalization;
using Microsoft.EntityFrameworkCore;
using RunWell.Domain.Buddies;
using RunWell.Domain.Clubs;
using RunWell.Domain.Entries;
using RunWell.Domain.GroupRuns;
using RunWell.Domain.Members;
using RunWell.Domain.Nudges;
using RunWell.Domain.Posts;
using RunWell.Persistence;

namespace RunWell.Testing;

/// <summary>
/// A member with a row in every table that can hold something about them, each text field tagged
/// (e.g. "ann-g1") so a test can tell whose row leaked where.
/// </summary>
public static class MemberRows
{
    /// <summary>The tables that hold rows about a member, in the order tests report them.</summary>
    public static readonly string[] Tables =
        ["Members", "Pauses", "CheckIns", "Runs", "BuddyAnswers", "Nudges", "BuddySeats", "Outbox", "ScheduledPosts", "GroupRunRsvps", "GroupRunsCreated"];

    public static Task EnsureClubAsync(TestDatabase database, ulong guildId, string name = "Test club", Action<Club>? configure = null) =>
        EnsureClubAsync(database.CreateContext, guildId, name, configure);

    /// <param name="createContext">A context of its own on any provider (PostgreSQL tests pass theirs).</param>
    public static async Task EnsureClubAsync(Func<RunWellDbContext> createContext, ulong guildId, string name = "Test club", Action<Club>? configure = null)
    {
        await using var db = createContext();
        if (await db.Clubs.AnyAsync(c => c.GuildId == guildId))
        {
            return;
        }

        var club = new Club { GuildId = guildId, Name = name, CreatedAtUtc = TestServices.DefaultNow.UtcDateTime.AddYears(-6) };
        configure?.Invoke(club);
        db.Clubs.Add(club);
        await db.SaveChangesAsync();
    }

    /// <summary>Adds one row per table for the member; <paramref name="partnerId"/> shares their buddy week.</summary>
    public static Task AddEverywhereAsync(TestDatabase database, ulong guildId, ulong userId, string tag, ulong partnerId, DateTime atUtc) =>
        AddEverywhereAsync(database.CreateContext, guildId, userId, tag, partnerId, atUtc);

    /// <param name="createContext">A context of its own on any provider (PostgreSQL tests pass theirs).</param>
    public static async Task AddEverywhereAsync(Func<RunWellDbContext> createContext, ulong guildId, ulong userId, string tag, ulong partnerId, DateTime atUtc)
    {
        await EnsureClubAsync(createContext, guildId);
        await using var db = createContext();
        db.Members.Add(new Member { GuildId = guildId, UserId = userId, DisplayName = "name-" + tag, BuddyOptIn = true, NudgeOptIn = true, CreatedAtUtc = atUtc });

        // A group run they planned and said "I'm in" to; their run below is the one they logged there.
        var groupRun = new GroupRun
        {
            GuildId = guildId, ChannelId = 1, CreatorId = userId, CreatorName = "creator-" + tag, StartUtc = atUtc, Minutes = 20,
            Location = "Park gate", Status = GroupRunStatus.Finished, EventState = GroupRunEventState.NotSupported, CreatedAtUtc = atUtc,
        };
        db.GroupRuns.Add(groupRun);
        await db.SaveChangesAsync();
        db.GroupRunRsvps.Add(new GroupRunRsvp { GroupRunId = groupRun.Id, GuildId = guildId, UserId = userId, Answer = RsvpAnswer.Going, Interested = true, UpdatedAtUtc = atUtc });
        db.Pauses.Add(new Pause { GuildId = guildId, UserId = userId, StartUtc = atUtc, EndUtc = atUtc.AddDays(3), Reason = "reason-" + tag });
        var checkIn = new CheckIn
        {
            GuildId = guildId, UserId = userId, AtUtc = atUtc, LocalDate = DateOnly.FromDateTime(atUtc), LocalTime = TimeOnly.FromDateTime(atUtc),
            Mood = 4, Stress = 6, Energy = 5, Sleep = 7, Concern = "concern-" + tag, CreatedAtUtc = atUtc,
        };
        db.CheckIns.Add(checkIn);
        await db.SaveChangesAsync();

        db.Runs.Add(new RunLog
        {
            GuildId = guildId, UserId = userId, AtUtc = atUtc.AddHours(1), LocalDate = DateOnly.FromDateTime(atUtc), LocalTime = TimeOnly.FromDateTime(atUtc.AddHours(1)),
            Minutes = 20, Kind = RunKind.JogWalk, MoodAfter = 7, Helped = HelpedBy.Company, Note = "note-" + tag, BeforeCheckInId = checkIn.Id, CreatedAtUtc = atUtc,
            GroupRunId = groupRun.Id,
        });
        var group = new BuddyGroup
        {
            GuildId = guildId, WeekStart = DateOnly.FromDateTime(atUtc), CreatedAtUtc = atUtc,
            Members = [new BuddyGroupMember { UserId = userId }, new BuddyGroupMember { UserId = partnerId }],
        };
        db.BuddyGroups.Add(group);
        await db.SaveChangesAsync();

        db.BuddyAnswers.Add(new BuddyAnswer { GroupId = group.Id, GuildId = guildId, UserId = userId, Answer = BuddyAnswerKind.Ran, AnsweredAtUtc = atUtc });
        db.Nudges.Add(new NudgeLog { GuildId = guildId, UserId = userId, SentAtUtc = atUtc, LocalDate = DateOnly.FromDateTime(atUtc), Delivery = NudgeDelivery.DirectMessage });
        var post = new ScheduledPost { GuildId = guildId, Kind = PostKind.Nudge, PeriodKey = $"{atUtc:yyyy-MM-dd}:{userId}", CreatedAtUtc = atUtc };
        db.ScheduledPosts.Add(post);
        await db.SaveChangesAsync();

        db.Outbox.Add(new OutboxMessage
        {
            GuildId = guildId, ScheduledPostId = post.Id, Kind = PostKind.Nudge, DirectMessageUserId = userId, PayloadJson = "{\"text\":\"nudge-" + tag + "\"}",
            DeliveryKey = Key(), Status = OutboxStatus.Pending, NextAttemptAtUtc = atUtc, CreatedAtUtc = atUtc,
        });
        await db.SaveChangesAsync();
    }

    /// <summary>Group posts in the outbox that name the member: a sent summary and a pairing still waiting.</summary>
    public static Task AddGroupPostsNamingAsync(TestDatabase database, ulong guildId, ulong userId, ulong channelId, DateTime atUtc) =>
        AddGroupPostsNamingAsync(database.CreateContext, guildId, userId, channelId, atUtc);

    /// <param name="createContext">A context of its own on any provider (PostgreSQL tests pass theirs).</param>
    public static async Task AddGroupPostsNamingAsync(Func<RunWellDbContext> createContext, ulong guildId, ulong userId, ulong channelId, DateTime atUtc)
    {
        await using var db = createContext();
        var mention = $"<@{userId}>";
        foreach (var (kind, status, key) in new[] { (PostKind.WeeklySummary, OutboxStatus.Sent, "2026-W47"), (PostKind.BuddyPairing, OutboxStatus.Pending, "2026-W48") })
        {
            var post = new ScheduledPost { GuildId = guildId, Kind = kind, PeriodKey = key, CreatedAtUtc = atUtc };
            db.ScheduledPosts.Add(post);
            await db.SaveChangesAsync();
            db.Outbox.Add(new OutboxMessage
            {
                GuildId = guildId, ScheduledPostId = post.Id, Kind = kind, ChannelId = channelId,
                PayloadJson = $"{{\"text\":\"Shout-out to {mention}\",\"pingUserIds\":[{userId}]}}",
                DeliveryKey = Key(), Status = status, NextAttemptAtUtc = atUtc, CreatedAtUtc = atUtc,
            });
            await db.SaveChangesAsync();
        }
    }

    /// <summary>How many rows of each table are about the member in the server.</summary>
    public static async Task<IReadOnlyDictionary<string, int>> CountAsync(TestDatabase database, ulong guildId, ulong userId)
    {
        await using var db = database.CreateContext();
        var suffix = ":" + userId.ToString(CultureInfo.InvariantCulture);
        return new Dictionary<string, int>
        {
            ["Members"] = await db.Members.CountAsync(m => m.GuildId == guildId && m.UserId == userId),
            ["Pauses"] = await db.Pauses.CountAsync(p => p.GuildId == guildId && p.UserId == userId),
            ["CheckIns"] = await db.CheckIns.CountAsync(c => c.GuildId == guildId && c.UserId == userId),
            ["Runs"] = await db.Runs.CountAsync(r => r.GuildId == guildId && r.UserId == userId),
            ["BuddyAnswers"] = await db.BuddyAnswers.CountAsync(a => a.GuildId == guildId && a.UserId == userId),
            ["Nudges"] = await db.Nudges.CountAsync(n => n.GuildId == guildId && n.UserId == userId),
            ["BuddySeats"] = await db.BuddyGroupMembers.CountAsync(s => s.UserId == userId && db.BuddyGroups.Any(g => g.Id == s.GroupId && g.GuildId == guildId)),
            ["Outbox"] = await db.Outbox.CountAsync(o => o.GuildId == guildId
                && (o.DirectMessageUserId == userId || o.PayloadJson.Contains(userId.ToString(CultureInfo.InvariantCulture)))),
            ["ScheduledPosts"] = await db.ScheduledPosts.CountAsync(p => p.GuildId == guildId && p.Kind == PostKind.Nudge && p.PeriodKey.EndsWith(suffix)),
            ["GroupRunRsvps"] = await db.GroupRunRsvps.CountAsync(a => a.GuildId == guildId && a.UserId == userId),
            ["GroupRunsCreated"] = await db.GroupRuns.CountAsync(r => r.GuildId == guildId && r.CreatorId == userId),
        };
    }

    private static string Key() => Guid.NewGuid().ToString("N")[..25];
}
