using RunWell.Domain.Clubs;
using RunWell.Domain.Ports;
using RunWell.Domain.Time;

namespace RunWell.Domain.Privacy;

/// <summary>What a new retention would do: how many entries the clean-up deletes by its next run, and when that is.</summary>
public sealed record RetentionPreview(int Days, int Entries, DateTime NextSweepUtc, DateTime CutoffUtc, string TimeZoneId);

/// <summary>What one daily maintenance run did.</summary>
public sealed record RetentionReport(int ServersSwept, RetentionCounts Deleted, int ServersPurged, int PurgedRows);

/// <summary>
/// The daily clean-up: deletes entries older than each server's retention, and the data of servers
/// the bot left more than <see cref="ClubDefaults.RemovedServerGrace"/> ago.
/// </summary>
/// <remarks>
/// Stateless and safe to run as often as wanted: a server's cut-off only moves at 03:00 in its own
/// zone (the latest 03:00 minus the retention days), so an hourly sweep acts once a day per server,
/// and a missed night is caught up by the next run.
/// </remarks>
public sealed class RetentionService(IClubStore clubs, IRetentionStore store, TimeProvider time)
{
    public async Task<RetentionReport> RunAsync(CancellationToken ct)
    {
        var now = time.GetUtcNow().UtcDateTime;
        var deleted = RetentionCounts.None;
        var active = await clubs.ListActiveAsync(ct);
        foreach (var club in active)
        {
            ct.ThrowIfCancellationRequested();
            deleted = deleted.Add(await store.DeleteBeforeAsync(club.GuildId, CutoffUtc(club, now), ct));
        }

        var removedBefore = now - ClubDefaults.RemovedServerGrace;
        var purged = 0;
        var purgedRows = 0;
        foreach (var guildId in await store.ListRemovedBeforeAsync(removedBefore, ct))
        {
            ct.ThrowIfCancellationRequested();
            var rows = await store.PurgeServerAsync(guildId, removedBefore, ct);
            purged += rows > 0 ? 1 : 0;
            purgedRows += rows;
        }

        return new RetentionReport(active.Count, deleted, purged, purgedRows);
    }

    /// <summary>
    /// Counts what keeping entries <paramref name="days"/> days would delete by the next 03:00 clean-up,
    /// without changing anything: the admin confirms with that number in front of them.
    /// </summary>
    public async Task<RetentionPreview> PreviewAsync(ulong guildId, int days, CancellationToken ct)
    {
        var now = time.GetUtcNow().UtcDateTime;
        var club = await clubs.FindAsync(guildId, ct);
        var zone = (club?.Zone() ?? TimeZoneInfo.Utc);
        var nextSweep = SlotCalculator.NextDaily(ClubDefaults.RetentionTime, zone, now);
        var cutoff = LocalClock.ToUtc(LocalClock.LocalDate(nextSweep, zone).AddDays(-days), ClubDefaults.RetentionTime, zone);
        var entries = club is null ? 0 : await store.CountEntriesBeforeAsync(guildId, cutoff, ct);
        return new RetentionPreview(days, entries, nextSweep, cutoff, zone.Id);
    }

    /// <summary>Entries that happened before this instant are past the server's retention.</summary>
    public static DateTime CutoffUtc(Club club, DateTime nowUtc)
    {
        var zone = club.Zone();
        var lastSweep = SlotCalculator.LatestDaily(ClubDefaults.RetentionTime, zone, nowUtc);

        // Calendar days in the server's zone, so a daylight-saving change does not shift the cut-off by an hour.
        var date = LocalClock.LocalDate(lastSweep, zone).AddDays(-club.RetentionDays);
        return LocalClock.ToUtc(date, ClubDefaults.RetentionTime, zone);
    }
}
