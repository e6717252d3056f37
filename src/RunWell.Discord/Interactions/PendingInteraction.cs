namespace RunWell.Discord.Interactions;

/// <summary>
/// One interaction from receipt to its last answer. Exactly one first callback is ever sent: the
/// worker (its answer) and the deadline timer (a deferral, or empty autocomplete choices) race to
/// claim it, and the loser follows the winner. Once the answer can no longer reach the member the
/// interaction is dropped and its handler cancelled, so nothing is saved that the member never saw.
/// </summary>
internal sealed class PendingInteraction(DiscordInteraction interaction, DateTimeOffset receivedAt) : IDisposable
{
    private const int Waiting = 0, Answering = 1, Deferred = 2, Dropped = 3;
    private readonly CancellationTokenSource _abandoned = new();
    /// <summary>Made only when a deferral happens or is waited for: most interactions are answered without one.</summary>
    private TaskCompletionSource<bool>? _deferral;
    private int _state;
    private ITimer? _deadline;
    private Action<PendingInteraction>? _onDeadline;
    private long _startedAtTicks;

    public DiscordInteraction Interaction { get; } = interaction;

    /// <summary>When the reader took it off the socket: every deadline counts from here, not from dequeue.</summary>
    public DateTimeOffset ReceivedAt { get; } = receivedAt;

    /// <summary>When a worker began the handler; null while queued.</summary>
    public DateTimeOffset? StartedAt
    {
        get
        {
            var ticks = Interlocked.Read(ref _startedAtTicks);
            return ticks == 0 ? null : new DateTimeOffset(ticks, TimeSpan.Zero);
        }
    }

    /// <summary>Cancelled when the answer is dropped: the handler's work would be for nobody.</summary>
    public CancellationToken Abandoned => _abandoned.Token;

    public bool IsDropped => Volatile.Read(ref _state) == Dropped;

    public bool IsDeferred => Volatile.Read(ref _state) == Deferred;

    /// <summary>The callback type of the deferral, once deferred.</summary>
    public InteractionResponseType? DeferredAs { get; private set; }

    /// <summary>Completes with true when the deferral was accepted, false when it failed.</summary>
    public Task<bool> Deferral => DeferralSource.Task;

    private TaskCompletionSource<bool> DeferralSource =>
        LazyInitializer.EnsureInitialized(ref _deferral, static () => new TaskCompletionSource<bool>(TaskCreationOptions.RunContinuationsAsynchronously));

    public void MarkStarted(DateTimeOffset at) => Interlocked.Exchange(ref _startedAtTicks, at.UtcTicks);

    /// <summary>The worker's claim: its answer is the first callback.</summary>
    public bool TryClaimAnswer() => Interlocked.CompareExchange(ref _state, Answering, Waiting) == Waiting;

    /// <summary>The timer's claim: a deferral (or empty autocomplete choices) is the first callback.</summary>
    public bool TryClaimDeferral(InteractionResponseType type)
    {
        if (Interlocked.CompareExchange(ref _state, Deferred, Waiting) != Waiting)
            return false;
        DeferredAs = type;
        return true;
    }

    public void DeferralFinished(bool accepted)
    {
        if (!accepted)
            Drop();
        DeferralSource.TrySetResult(accepted);
    }

    /// <summary>The answer can no longer be delivered: cancel the handler.</summary>
    public void Drop()
    {
        Volatile.Write(ref _state, Dropped);
        DeferralSource.TrySetResult(false);
        try
        {
            _abandoned.Cancel();
        }
        catch (ObjectDisposedException)
        {
            // Already finished.
        }
    }

    /// <summary>The timer's state is this interaction itself: no closure and delegate per interaction.</summary>
    public void StartDeadline(TimeProvider time, TimeSpan after, Action<PendingInteraction> onDeadline)
    {
        _onDeadline = onDeadline;
        _deadline = time.CreateTimer(static s => ((PendingInteraction)s!)._onDeadline!((PendingInteraction)s),
            this, after < TimeSpan.Zero ? TimeSpan.Zero : after, Timeout.InfiniteTimeSpan);
    }

    /// <summary>The deadline will not fire from now on (it may have fired already: the claims tell).</summary>
    public void StopDeadline() => _deadline?.Dispose();

    public void Dispose()
    {
        _deadline?.Dispose();
        _abandoned.Dispose();
    }
}
