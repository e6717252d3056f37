using RunWell.Domain.Clubs;
using RunWell.Domain.Ports;
using RunWell.Domain.Time;

namespace RunWell.Domain.Members;

/// <summary>Finds or creates the club and member rows behind a request; the first step of most commands.</summary>
public sealed class MembershipService(IClubStore clubs, IMemberStore members, TimeProvider time, NewClubDefaults defaults)
{
    /// <summary>Loads (creating when new) the club and the member. Changes are saved by the caller's unit of work.</summary>
    public async Task<MemberContext> EnsureAsync(MemberRef who, CancellationToken ct)
    {
        var club = await EnsureClubAsync(who.GuildId, who.GuildName, ct);

        var member = await members.FindAsync(who.GuildId, who.UserId, ct);
        if (member is null)
        {
            member = new Member
            {
                GuildId = who.GuildId,
                UserId = who.UserId,
                DisplayName = who.DisplayName,
                CreatedAtUtc = time.GetUtcNow().UtcDateTime,
            };
            members.Add(member);
        }
        else if (!string.IsNullOrWhiteSpace(who.DisplayName) && member.DisplayName != who.DisplayName)
        {
            member.DisplayName = who.DisplayName;
        }

        return new MemberContext(club, member, ZoneOf(member, club));
    }

    public async Task<Club> EnsureClubAsync(ulong guildId, string? guildName, CancellationToken ct)
    {
        var club = await clubs.FindAsync(guildId, ct);
        if (club is null)
        {
            club = new Club
            {
                GuildId = guildId,
                Name = guildName ?? "",
                TimeZoneId = defaults.TimeZoneId,
                CreatedAtUtc = time.GetUtcNow().UtcDateTime,
            };
            clubs.Add(club);
        }
        else if (!string.IsNullOrWhiteSpace(guildName) && club.Name != guildName)
        {
            club.Name = guildName;
        }

        return club;
    }

    /// <summary>The member's own zone, else the server's, else UTC.</summary>
    public static TimeZoneInfo ZoneOf(Member member, Club club) =>
        TimeZones.TryFind(member.TimeZoneId, out var own) ? own : TimeZones.FindOrUtc(club.TimeZoneId);
}
