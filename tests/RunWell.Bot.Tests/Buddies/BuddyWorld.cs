using Microsoft.Extensions.DependencyInjection;
using RunWell.Domain.Buddies;
using RunWell.Domain.Clubs;
using RunWell.Domain.Members;
using RunWell.Domain.Posts;
using RunWell.Domain.Ports;
using RunWell.Testing;

namespace RunWell.Bot.Tests.Buddies;

/// <summary>A club with a channel and a few members, and the drafting of buddy posts through the real container.</summary>
internal static class BuddyWorld
{
    /// <summary>Monday 23 November 2026, 09:00 UTC: the default pairing slot of the default test week (2026-W48).</summary>
    public static readonly DateTime PairingSlot = new(2026, 11, 23, 9, 0, 0, DateTimeKind.Utc);

    /// <summary>Thursday 26 November 2026, 18:00 UTC: that week's check-in slot.</summary>
    public static readonly DateTime CheckInSlot = new(2026, 11, 26, 18, 0, 0, DateTimeKind.Utc);

    public static readonly DateOnly Week = new(2026, 11, 23);

    public static ulong Id(int i) => 1_190_000_000_000_000_100UL + (ulong)i;

    public static Club Club(bool withChannel = true) => new()
    {
        GuildId = Commands.GuildId,
        Name = "Test club",
        ChannelId = withChannel ? Commands.ChannelId : null,
    };

    public static Member Member(ulong userId, bool buddy = true, bool nudges = false, string? zone = null) => new()
    {
        GuildId = Commands.GuildId,
        UserId = userId,
        DisplayName = $"Member {userId % 1000}",
        BuddyOptIn = buddy,
        NudgeOptIn = nudges,
        TimeZoneId = zone,
    };

    public static Pause Pause(ulong userId, DateTime startUtc, int days, string? reason = null) => new()
    {
        GuildId = Commands.GuildId,
        UserId = userId,
        StartUtc = startUtc,
        EndUtc = startUtc.AddDays(days),
        Reason = reason,
    };

    public static BuddyGroup Group(DateOnly week, params ulong[] ids) => new()
    {
        GuildId = Commands.GuildId,
        WeekStart = week,
        Members = [.. ids.Select(id => new BuddyGroupMember { UserId = id })],
    };

    /// <summary>Drafts in a scope of its own; <paramref name="save"/> plays the publisher's part by saving the unit of work.</summary>
    public static async Task<GroupPostDraft> DraftAsync(this TestServices services, PostKind kind, DateTime slotUtc, bool save = false)
    {
        await using var scope = services.CreateScope();
        var sp = scope.ServiceProvider;
        var club = (await sp.GetRequiredService<IClubStore>().FindAsync(Commands.GuildId, CancellationToken.None))!;
        var producer = sp.GetServices<IGroupPostProducer>().Single(p => p.Kind == kind);
        var draft = await producer.DraftAsync(club, slotUtc, CancellationToken.None);
        if (save)
        {
            await sp.GetRequiredService<IUnitOfWork>().SaveChangesAsync(CancellationToken.None);
        }

        return draft;
    }
}
