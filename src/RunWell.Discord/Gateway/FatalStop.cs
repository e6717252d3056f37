using Microsoft.Extensions.Hosting;

namespace RunWell.Discord.Gateway;

/// <summary>What happens when Discord says never to reconnect. A seam so tests do not end the test host.</summary>
internal interface IFatalStop
{
    void Stop();
}

/// <summary>Non-zero exit code and a host stop: a supervisor will notice, and nothing retries a bad token.</summary>
internal sealed class HostFatalStop(IHostApplicationLifetime lifetime) : IFatalStop
{
    public void Stop()
    {
        Environment.ExitCode = 1;
        lifetime.StopApplication();
    }
}
