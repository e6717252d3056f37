using System.Collections.Concurrent;

namespace RunWell.Domain.Posts;

public enum PublishResult
{
    Posted,

    /// <summary>The period was already recorded: a repeat firing, a restart or a clock change. Nothing sent.</summary>
    AlreadyPosted,

    /// <summary>No club channel set yet (setup not run): skipped.</summary>
    NoChannel,

    /// <summary>The producer had nothing worth posting (e.g. nobody to pair).</summary>
    NothingToPost,

    /// <summary>No producer for this kind is registered in this build.</summary>
    NoProducer,

    /// <summary>The club is unknown or the bot was removed from the server.</summary>
    ClubGone,
}

/// <summary>The last outcome of each (server, kind) job run, in memory, for /runwell status.</summary>
public sealed record PublishOutcome(PublishResult Result, DateTime SlotUtc, DateTime AtUtc);

/// <summary>
/// Remembers the latest publish outcome per server and kind so /runwell status can say "skipped: no
/// channel". In memory on purpose: it is a hint about the last run, not history; posts are in the database.
/// </summary>
public sealed class PublishLog
{
    private readonly ConcurrentDictionary<(ulong, PostKind), PublishOutcome> _last = new();

    public void Record(ulong guildId, PostKind kind, PublishOutcome outcome) => _last[(guildId, kind)] = outcome;

    public PublishOutcome? Last(ulong guildId, PostKind kind) => _last.TryGetValue((guildId, kind), out var o) ? o : null;
}
