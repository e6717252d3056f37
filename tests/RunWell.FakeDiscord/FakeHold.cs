namespace RunWell.FakeDiscord;

/// <summary>
/// A gate on one route of the fake (see <see cref="FakeRest.Hold"/>): requests wait at it until
/// <see cref="Release"/> (or <see cref="Dispose"/>). <see cref="Arrived"/> lets a test wait until a request
/// is being held, so it can act while Discord is "slow" without timing anything.
/// </summary>
public sealed class FakeHold : IDisposable
{
    private readonly TaskCompletionSource _released = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly Action _removed;
    private int _arrived;

    internal FakeHold(Action removed) => _removed = removed;

    /// <summary>Requests that reached the gate so far (released or not).</summary>
    public int Arrived => Volatile.Read(ref _arrived);

    /// <summary>Lets every held request (and every later one) through.</summary>
    public void Release()
    {
        _removed();
        _released.TrySetResult();
    }

    public void Dispose() => Release();

    /// <summary>Waits at the gate; false when the client gave up first.</summary>
    internal async Task<bool> PassAsync(CancellationToken aborted)
    {
        Interlocked.Increment(ref _arrived);
        try
        {
            await _released.Task.WaitAsync(aborted);
            return true;
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }
}
