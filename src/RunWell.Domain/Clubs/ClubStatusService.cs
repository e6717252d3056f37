using RunWell.Domain.Ports;

namespace RunWell.Domain.Clubs;

/// <summary>Builds /runwell status without creating anything: a server that never ran setup gets the defaults.</summary>
public sealed class ClubStatusService(IClubStore clubs, IClubStatusStore status, TimeProvider time)
{
    public async Task<ClubStatus> GetAsync(ulong guildId, CancellationToken ct)
    {
        var now = time.GetUtcNow().UtcDateTime;
        var club = await clubs.FindAsync(guildId, ct) ?? new Club { GuildId = guildId };
        var results = await status.LastResultsAsync(guildId, ct);
        var counts = await status.CountMembersAsync(guildId, now, ct);
        return new ClubStatus(club, club.ChannelId is not null, ClubTimetable.Next(club, now), results, counts);
    }
}
