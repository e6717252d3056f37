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
}
