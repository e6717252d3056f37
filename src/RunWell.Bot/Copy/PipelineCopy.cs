namespace RunWell.Bot.Copy;

/// <summary>What a member reads when the Discord pipeline itself answers (not a command's handler).</summary>
public static class PipelineCopy
{
    /// <summary>Every worker is busy and the queue is full: sent at once instead of letting the 3 s pass.</summary>
    public const string Busy = "RunWell is busy right now — please try again in a moment. Nothing was saved.";

    /// <summary>A handler ran into the interaction's 15-minute limit and was stopped.</summary>
    public const string TookTooLong = "Sorry — that took too long, so I stopped it. Please try again in a moment.";
}
