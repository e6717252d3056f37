using Microsoft.EntityFrameworkCore;
using RunWell.Domain.Clubs;
using RunWell.Domain.Entries;
using RunWell.Domain.Members;
using RunWell.Domain.Posts;
using RunWell.Testing;

namespace RunWell.Scheduling.Tests.Support;

/// <summary>Arranges rows directly, so each test says only what matters to it.</summary>
public static class Seed
{
    public static async Task ClubAsync(TestDatabase database, string zone = "UTC", ulong? channel = Commands.ChannelId, Action<Club>? edit = null)
    {
        await using var db = database.CreateContext();
        var club = new Club { GuildId = Commands.GuildId, Name = "Test club", ChannelId = channel, TimeZoneId = zone };
        edit?.Invoke(club);
        db.Clubs.Add(club);
        await db.SaveChangesAsync();
    }

    public static async Task MemberAsync(TestDatabase database, ulong userId, Action<Member>? edit = null)
    {
        await using var db = database.CreateContext();
        var member = new Member { GuildId = Commands.GuildId, UserId = userId, DisplayName = $"m{userId % 1000}" };
        edit?.Invoke(member);
        db.Members.Add(member);
        await db.SaveChangesAsync();
    }

    /// <summary>A run on a local date, with a before check-in when <paramref name="before"/> is given.</summary>
    public static async Task RunAsync(TestDatabase database, ulong userId, DateOnly date, int minutes, int? before = null, int? after = null)
    {
        await using var db = database.CreateContext();
        var at = date.ToDateTime(new TimeOnly(12, 0), DateTimeKind.Utc);
        long? beforeId = null;
        if (before is { } mood)
        {
            var checkIn = new CheckIn { GuildId = Commands.GuildId, UserId = userId, AtUtc = at.AddHours(-1), LocalDate = date, Mood = mood, Stress = 5, Energy = 5 };
            db.CheckIns.Add(checkIn);
            await db.SaveChangesAsync();
            beforeId = checkIn.Id;
        }

        db.Runs.Add(new RunLog { GuildId = Commands.GuildId, UserId = userId, AtUtc = at, LocalDate = date, Minutes = minutes, MoodAfter = after, BeforeCheckInId = beforeId });
        await db.SaveChangesAsync();
    }

    public static async Task<List<ScheduledPost>> PostsAsync(TestDatabase database, PostKind kind)
    {
        await using var db = database.CreateContext();
        return await db.ScheduledPosts.Where(p => p.Kind == kind).OrderBy(p => p.Id).ToListAsync();
    }

    public static async Task<List<OutboxMessage>> OutboxAsync(TestDatabase database)
    {
        await using var db = database.CreateContext();
        return await db.Outbox.OrderBy(m => m.Id).ToListAsync();
    }
}
