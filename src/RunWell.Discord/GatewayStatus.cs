namespace RunWell.Discord;

/// <summary>
/// Whether the gateway session is up (READY or RESUMED seen on the current connection). Read by the
/// host's health check; written only by the gateway.
/// </summary>
public sealed class GatewayStatus
{
    private volatile bool _connected;

    public bool IsConnected => _connected;

    internal void MarkConnected() => _connected = true;

    internal void MarkDisconnected() => _connected = false;
}
