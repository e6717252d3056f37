using System.Buffers;
using System.Net.WebSockets;
using System.Runtime.CompilerServices;
using System.Threading.RateLimiting;

namespace RunWell.Discord.Gateway;

/// <summary>A received text message, or the close the server sent (CloseStatus null = dropped).</summary>
internal readonly record struct GatewayFrame(ReadOnlyMemory<byte> Payload, bool Closed, int? CloseStatus);

/// <summary>
/// The WebSocket with Discord's transport rules: whole messages across frames, ≤ 4096 bytes per send,
/// and ≤ 120 sends per 60 s with a few kept back so heartbeats always fit.
/// </summary>
internal sealed class GatewaySocket : IAsyncDisposable
{
    public const int MaxPayloadBytes = 4096;
    private readonly ClientWebSocket _socket = new();
    private readonly SemaphoreSlim _sendLock = new(1, 1);
    private readonly SlidingWindowRateLimiter _allSends;
    private readonly SlidingWindowRateLimiter _ordinarySends;
    private readonly ArrayBufferWriter<byte> _buffer = new(8192);

    public GatewaySocket(DiscordTuning tuning)
    {
        _allSends = Limiter(tuning.GatewaySendLimit, tuning.GatewaySendWindow);
        _ordinarySends = Limiter(Math.Max(1, tuning.GatewaySendLimit - tuning.GatewayHeartbeatReserve), tuning.GatewaySendWindow);
    }

    private static SlidingWindowRateLimiter Limiter(int permits, TimeSpan window) => new(new SlidingWindowRateLimiterOptions
    {
        PermitLimit = permits,
        Window = window,
        SegmentsPerWindow = 6,
        QueueLimit = 1000,
        QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
        AutoReplenishment = true,
    });

    public WebSocketState State => _socket.State;

    public Task ConnectAsync(Uri url, CancellationToken ct) => _socket.ConnectAsync(url, ct);

    /// <summary>
    /// Reads one whole message; cancellation aborts the socket (ClientWebSocket semantics). A pooled
    /// ValueTask: the one reader awaits each frame once, so no Task per frame.
    /// </summary>
    [AsyncMethodBuilder(typeof(PoolingAsyncValueTaskMethodBuilder<>))]
    public async ValueTask<GatewayFrame> ReceiveAsync(CancellationToken ct)
    {
        _buffer.ResetWrittenCount();
        while (true)
        {
            var memory = _buffer.GetMemory(4096);
            ValueWebSocketReceiveResult result;
            try
            {
                result = await _socket.ReceiveAsync(memory, ct);
            }
            catch (Exception ex) when (ex is WebSocketException or ObjectDisposedException
                                       || (ex is OperationCanceledException && !ct.IsCancellationRequested))
            {
                // Dropped or aborted (e.g. by the zombie check): no close code.
                return new GatewayFrame(default, true, null);
            }
            if (result.MessageType == WebSocketMessageType.Close)
                return new GatewayFrame(default, true, (int?)_socket.CloseStatus);
            _buffer.Advance(result.Count);
            if (result.EndOfMessage)
                return new GatewayFrame(_buffer.WrittenMemory, false, null);
        }
    }

    public async Task SendAsync(ReadOnlyMemory<byte> payload, bool heartbeat, CancellationToken ct)
    {
        if (payload.Length > MaxPayloadBytes)
            throw new InvalidOperationException($"Gateway payload of {payload.Length} bytes exceeds Discord's {MaxPayloadBytes}-byte limit.");
        if (!heartbeat)
            (await _ordinarySends.AcquireAsync(1, ct)).Dispose();
        (await _allSends.AcquireAsync(1, ct)).Dispose();
        await _sendLock.WaitAsync(ct);
        try
        {
            await _socket.SendAsync(payload, WebSocketMessageType.Text, true, ct);
        }
        finally
        {
            _sendLock.Release();
        }
    }

    /// <summary>Sends our close frame and waits (bounded) for the server's, then aborts if it did not come.</summary>
    public async Task CloseAsync(int code, string reason, TimeSpan timeout)
    {
        using var cts = new CancellationTokenSource(timeout);
        try
        {
            await _sendLock.WaitAsync(cts.Token);
            try
            {
                if (_socket.State is WebSocketState.Open or WebSocketState.CloseReceived)
                    await _socket.CloseAsync((WebSocketCloseStatus)code, reason, cts.Token);
            }
            finally
            {
                _sendLock.Release();
            }
        }
        catch (Exception ex) when (ex is OperationCanceledException or WebSocketException)
        {
            _socket.Abort();
        }
    }

    /// <summary>Only our half of the close: the receive loop reads the server's reply.</summary>
    public async Task CloseOutputAsync(int code, string reason, CancellationToken ct)
    {
        await _sendLock.WaitAsync(ct);
        try
        {
            if (_socket.State is WebSocketState.Open or WebSocketState.CloseReceived)
                await _socket.CloseOutputAsync((WebSocketCloseStatus)code, reason, ct);
        }
        catch (WebSocketException)
        {
            _socket.Abort();
        }
        finally
        {
            _sendLock.Release();
        }
    }

    /// <summary>Drops the TCP connection without a close frame; Discord keeps the session resumable.</summary>
    public void Abort() => _socket.Abort();

    public ValueTask DisposeAsync()
    {
        _socket.Dispose();
        _sendLock.Dispose();
        _allSends.Dispose();
        _ordinarySends.Dispose();
        return ValueTask.CompletedTask;
    }
}
