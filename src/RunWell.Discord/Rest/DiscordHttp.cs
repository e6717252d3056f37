using System.Runtime.CompilerServices;

namespace RunWell.Discord.Rest;

/// <summary>
/// The process's one connection pool to Discord, with a per-request timeout. An
/// <see cref="HttpMessageInvoker"/> over a long-lived <see cref="SocketsHttpHandler"/> instead of an
/// <c>IHttpClientFactory</c> client per request: HttpClient links a new CancellationTokenSource and
/// arms a timer for every request, and the factory wraps each in a new client and a redirect handler;
/// measured in process (bench wire-alloc) that was about 1 KB and four timer-queue operations per
/// interaction callback. Connections are recycled after <see cref="ConnectionLifetime"/> so DNS changes
/// are seen (what the factory's handler rotation did). The timeout runs on the given
/// <see cref="TimeProvider"/> (the system's in the bot; a fake one in its own tests).
/// </summary>
internal sealed class DiscordHttp : IDisposable
{
    /// <summary>What HttpClient.Timeout was: a request (with its body) that takes longer fails as a network error.</summary>
    public static readonly TimeSpan DefaultTimeout = TimeSpan.FromSeconds(30);

    private static readonly TimeSpan ConnectionLifetime = TimeSpan.FromMinutes(2);

    private readonly HttpMessageInvoker _invoker;
    private readonly TimeSpan _timeout;
    private readonly DeadlineSources _timers;

    public DiscordHttp(TimeProvider time, TimeSpan? timeout = null, HttpMessageHandler? handler = null)
    {
        _timeout = timeout ?? DefaultTimeout;
        _timers = new DeadlineSources(time);
        _invoker = new HttpMessageInvoker(handler ?? new SocketsHttpHandler
        {
            PooledConnectionLifetime = ConnectionLifetime,
            // Discord's API does not redirect; following one would send the body (and token) elsewhere.
            AllowAutoRedirect = false,
        }, disposeHandler: true);
    }

    /// <summary>
    /// Sends and buffers the response body within the timeout, as HttpClient with ResponseContentRead did.
    /// A timeout surfaces as HttpClient's did: a <see cref="TaskCanceledException"/> while
    /// <paramref name="ct"/> is not cancelled. Takes ownership of <paramref name="message"/> (disposes it).
    /// A pooled ValueTask: every interaction callback passes here, and its caller awaits it once.
    /// </summary>
    [AsyncMethodBuilder(typeof(PoolingAsyncValueTaskMethodBuilder<>))]
    public async ValueTask<HttpResponseMessage> SendAsync(HttpRequestMessage message, CancellationToken ct)
    {
        using var owned = message;
        ct.ThrowIfCancellationRequested();
        var timeout = _timers.Rent();
        try
        {
            using (ct.UnsafeRegister(static s => ((CancellationTokenSource)s!).Cancel(), timeout))
            {
                timeout.CancelAfter(_timeout);
                HttpResponseMessage? response = null;
                try
                {
                    response = await _invoker.SendAsync(message, timeout.Token);
                    await response.Content.LoadIntoBufferAsync(timeout.Token);
                    return response;
                }
                catch (OperationCanceledException ex) when (!ct.IsCancellationRequested && timeout.IsCancellationRequested)
                {
                    response?.Dispose();
                    throw new TaskCanceledException($"The request was canceled due to the configured timeout of {_timeout.TotalSeconds} seconds elapsing.",
                        new TimeoutException(ex.Message, ex));
                }
                catch
                {
                    response?.Dispose();
                    throw;
                }
            }
        }
        finally
        {
            // After the registration is gone nothing can cancel it any more; a fired one is not reused.
            _timers.Return(timeout);
        }
    }

    public void Dispose()
    {
        _invoker.Dispose();
        _timers.Dispose();
    }
}
