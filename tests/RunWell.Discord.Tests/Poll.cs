namespace RunWell.Discord.Tests;

/// <summary>
/// Waits for something the bot does on its own threads: checks every 10 ms of real time and fails
/// (never hangs) after <c>wait</c>. <c>betweenPolls</c> runs before each pause, e.g. to step a fake clock.
/// </summary>
internal static class Poll
{
    public static async Task UntilAsync(Func<bool> condition, TimeSpan wait, Action? betweenPolls = null)
    {
        using var timeout = new CancellationTokenSource(wait);
        while (!condition())
        {
            betweenPolls?.Invoke();
            await Task.Delay(TimeSpan.FromMilliseconds(10), TimeProvider.System, timeout.Token);
        }
    }

    /// <summary>
    /// A handler that never finishes on its own: ends only by cancellation (with no clock at all), and then
    /// completes <paramref name="cancelled"/>. Said by the handler itself rather than by a registration on
    /// <paramref name="ct"/>: the handler's continuation can run inline inside Cancel, and a registration
    /// the handler disposes on its way out is then skipped before it runs (CI once timed out on exactly that).
    /// </summary>
    public static async Task UntilCancelledAsync(CancellationToken ct, TaskCompletionSource? cancelled = null)
    {
        try
        {
            await new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously).Task.WaitAsync(ct);
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
            cancelled?.TrySetResult();
            throw;
        }
    }
}
