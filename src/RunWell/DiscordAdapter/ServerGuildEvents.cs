using RunWell.Discord;
using RunWell.Domain.Privacy;
using RunWell.Domain.Rhythm;

namespace RunWell.DiscordAdapter;

/// <summary>
/// The bot joining or leaving a server: a removed server is marked (and purged 30 days later unless
/// the bot is added back), and its scheduled posts follow. Discord sends GUILD_CREATE for every server
/// on each new session, and the scheduler plans every club at start, so the calendar is touched only
/// when a server really left or came back. READY's guild list catches a removal made while the bot was
/// offline (no GUILD_DELETE ever comes for it).
/// </summary>
internal sealed class ServerGuildEvents(ServerLifecycleService lifecycle, IClubScheduleChanged schedule) : IGuildEvents
{
    public async Task GuildAvailableAsync(ulong guildId, string? name, CancellationToken ct)
    {
        if (await lifecycle.GuildAvailableAsync(guildId, name, ct))
            await schedule.ClubScheduleChangedAsync(guildId, ct);
    }

    public async Task SessionReadyAsync(IReadOnlyList<ulong> guildIds, int shardId, int shardCount, CancellationToken ct)
    {
        foreach (var removed in await lifecycle.ReconcileAsync(guildIds, guildId => OnShard(guildId, shardId, shardCount), ct))
            await schedule.ClubScheduleChangedAsync(removed, ct);
    }

    /// <summary>Whether this session answers for the server: Discord routes guild g to shard (g &gt;&gt; 22) % count.</summary>
    internal static bool OnShard(ulong guildId, int shardId, int shardCount) =>
        shardCount <= 1 || (int)((guildId >> 22) % (ulong)shardCount) == shardId;

    public async Task GuildRemovedAsync(ulong guildId, CancellationToken ct)
    {
        if (await lifecycle.GuildRemovedAsync(guildId, ct))
            await schedule.ClubScheduleChangedAsync(guildId, ct);
    }
}
