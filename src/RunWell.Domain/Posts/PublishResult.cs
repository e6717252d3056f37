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
