using RunWell.Domain.Clubs;
using RunWell.Domain.Ports;
using RunWell.Domain.Text;
using RunWell.Domain.Time;

namespace RunWell.Domain.Members;

/// <summary>Finds or creates the club and member rows behind a request; the first step of most commands.</summary>
public sealed class MembershipService(IClubStore clubs, IMemberStore members, TimeProvider time, NewClubDefaults defaults)
{
    /// <summary>
    /// Loads the club and the member, creating (and committing) their rows when new; later changes
    /// are saved by the caller's unit of work.
    /// </summary>
    public async Task<MemberContext> EnsureAsync(MemberRef who, CancellationToken ct)
    {
        var club = await EnsureClubAsync(who.GuildId, who.GuildName, ct, who.ServerLanguage);

        // Display names can be shown to others (buddy posts): no controls, no bidi tricks.
        var name = TypedText.CleanForOthers(who.DisplayName ?? "").Trim();
        var member = await members.GetOrCreateAsync(who.GuildId, who.UserId, () => new Member
        {
            GuildId = who.GuildId,
            UserId = who.UserId,
            DisplayName = name,
            CreatedAtUtc = time.GetUtcNow().UtcDateTime,
        }, ct);
        if (name.Length > 0 && member.DisplayName != name)
        {
            member.DisplayName = name;
        }

        if (who.Language is { } language && member.Language != language)
        {
            member.Language = language;
        }

        return new MemberContext(club, member, ZoneOf(member, club));
    }

    /// <summary>
    /// For commands that only read: the stored club and member, or unsaved defaults in their place.
    /// Never creates a row, so asking (e.g. right after <c>/privacy delete</c>) stores nothing new.
    /// </summary>
    public async Task<MemberContext> FindAsync(MemberRef who, CancellationToken ct)
    {
        var club = await clubs.FindAsync(who.GuildId, ct) ?? new Club
        {
            GuildId = who.GuildId,
            Name = who.GuildName ?? "",
            TimeZoneId = defaults.TimeZoneId,
        };
        var member = await members.FindAsync(who.GuildId, who.UserId, ct) ?? new Member
        {
            GuildId = who.GuildId,
            UserId = who.UserId,
            DisplayName = TypedText.CleanForOthers(who.DisplayName ?? "").Trim(),
        };
        return new MemberContext(club, member, ZoneOf(member, club));
    }

    /// <param name="serverLanguage">The server's language as the platform reports it (for group posts); null leaves it as is.</param>
    public async Task<Club> EnsureClubAsync(ulong guildId, string? guildName, CancellationToken ct, string? serverLanguage = null)
    {
        var club = await clubs.GetOrCreateAsync(guildId, () => new Club
        {
            GuildId = guildId,
            Name = guildName ?? "",
            TimeZoneId = defaults.TimeZoneId,
            CreatedAtUtc = time.GetUtcNow().UtcDateTime,
        }, ct);
        if (!string.IsNullOrWhiteSpace(guildName) && club.Name != guildName)
        {
            club.Name = guildName;
        }

        if (serverLanguage is not null && club.Language != serverLanguage)
        {
            club.Language = serverLanguage;
        }

        return club;
    }

    /// <summary>The member's own zone, else the server's, else UTC.</summary>
    public static TimeZoneInfo ZoneOf(Member member, Club club) =>
        TimeZones.TryFind(member.TimeZoneId, out var own) ? own : club.Zone();
}
