using System.Diagnostics.Metrics;
using Microsoft.Extensions.DependencyInjection;
using RunWell.Discord;

namespace RunWell.Tests.Discord;

/// <summary>
/// Adds up one counter of the bot's "RunWell.Discord" meter, as a metrics backend would: only this host's
/// meter (other tests run hosts in the same process at the same time).
/// </summary>
internal sealed class InstrumentCount : IDisposable
{
    private readonly MeterListener _listener = new();
    private long _count;

    public InstrumentCount(DiscordHost bot, string instrument)
    {
        var factory = bot.Host!.Services.GetRequiredService<IMeterFactory>();
        _listener.InstrumentPublished = (published, listener) =>
        {
            if (published.Meter.Name == DiscordMetrics.MeterName && published.Name == instrument && ReferenceEquals(published.Meter.Scope, factory))
                listener.EnableMeasurementEvents(published);
        };
        _listener.SetMeasurementEventCallback<long>((_, value, _, _) => Interlocked.Add(ref _count, value));
        _listener.Start();
    }

    public long Count => Interlocked.Read(ref _count);

    public void Dispose() => _listener.Dispose();
}
