using RunWell.Domain.Members;
using RunWell.Domain.Ports;

namespace RunWell.Domain.Privacy;

/// <summary>
/// The bot joining and leaving servers. Leaving only marks the server: its data stays for
/// <see cref="Clubs.ClubDefaults.RemovedServerGrace"/> in case the bot is added back, then
/// <see cref="RetentionService"/> purges it.
/// </summary>
public sealed class ServerLifecycleService(IClubStore clubs, MembershipService membership, IUnitOfWork unitOfWork, TimeProvider time)
{
    /// <summary>GUILD_DELETE without <c>unavailable</c>: the bot was removed (kicked, or the server deleted).</summary>
    /// <returns>True when the server was marked now (false when unknown or already counting down).</returns>
    public async Task<bool> GuildRemovedAsync(ulong guildId, CancellationToken ct)
    {
        var club = await clubs.FindAsync(guildId, ct);
        if (club is null || club.RemovedAtUtc is not null)
        {
            // Nothing stored, or already counting down: a repeated event must not restart the 30 days.
            return false;
        }

        club.RemovedAtUtc = time.GetUtcNow().UtcDateTime;
        await unitOfWork.SaveChangesAsync(ct);
        return true;
    }

    /// <summary>
    /// A new session's list of servers: a club this connection answers for (<paramref name="covers"/>, which
    /// only the platform can tell) that is missing from the list was left while the bot was offline: it is
    /// marked removed as a removal event would, and purged 30 days later unless the server comes back.
    /// </summary>
    /// <returns>The servers marked now.</returns>
    public async Task<IReadOnlyList<ulong>> ReconcileAsync(IReadOnlyCollection<ulong> presentGuildIds, Func<ulong, bool> covers, CancellationToken ct)
    {
        var present = presentGuildIds.ToHashSet();
        var now = time.GetUtcNow().UtcDateTime;
        var marked = new List<ulong>();
        foreach (var club in await clubs.ListActiveAsync(ct))
        {
            if (covers(club.GuildId) && !present.Contains(club.GuildId))
            {
                club.RemovedAtUtc = now;
                marked.Add(club.GuildId);
            }
        }

        if (marked.Count > 0)
        {
            await unitOfWork.SaveChangesAsync(ct);
        }

        return marked;
    }

    /// <summary>GUILD_CREATE: the bot is in the server (again). Clears a pending removal.</summary>
    /// <returns>True when a removed server came back (Discord also sends this for every server on each connect).</returns>
    public async Task<bool> GuildAvailableAsync(ulong guildId, string? name, CancellationToken ct)
    {
        var club = await membership.EnsureClubAsync(guildId, name, ct);
        var returned = club.RemovedAtUtc is not null;
        club.RemovedAtUtc = null;
        await unitOfWork.SaveChangesAsync(ct);
        return returned;
    }
}
