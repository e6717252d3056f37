using System.Threading.Channels;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using RunWell.Discord.Commands;
using RunWell.Discord.Gateway;
using RunWell.Discord.Interactions;
using RunWell.Discord.Rest;

namespace RunWell.Discord;

/// <summary>Registers the Discord client.</summary>
public static class DiscordServiceCollectionExtensions
{
    /// <summary>
    /// Registers options (validated at start), REST, the gateway and interaction consumers. Safe to call
    /// without a token: the gateway then logs one line and stays idle. The host must register an
    /// <see cref="IDiscordInteractionHandler"/> (scoped), and may register <see cref="ICommandSource"/>,
    /// <see cref="ICommandRegistrationStore"/> and <see cref="IGuildEvents"/>.
    /// </summary>
    public static IServiceCollection AddRunWellDiscord(this IServiceCollection services, IConfiguration section)
    {
        services.AddOptions<DiscordOptions>().Bind(section).ValidateOnStart();
        services.AddSingleton<IValidateOptions<DiscordOptions>, DiscordOptionsValidator>();
        services.AddOptions<DiscordTuning>();
        services.TryAddSingleton(TimeProvider.System);

        // No HttpClient logging: webhook URLs carry interaction tokens; the sender logs routes instead.
        // One pool for the process (see DiscordHttp), not a factory client per request. Its timeout is on
        // the real clock even when the host runs on a test's fake one: a request really takes real time,
        // and a test jumping its clock an hour ahead must not time out a request in flight.
        services.AddSingleton(_ => new DiscordHttp(TimeProvider.System));
        services.AddSingleton(sp => new RateLimitBuckets(sp.GetRequiredService<TimeProvider>()));
        services.AddSingleton(sp =>
        {
            var tuning = sp.GetRequiredService<IOptions<DiscordTuning>>().Value;
            return new GlobalRateLimiter(sp.GetRequiredService<TimeProvider>(), tuning.GlobalRequestsPerWindow, tuning.GlobalWindow);
        });
        services.AddMetrics();
        services.TryAddSingleton<DiscordMetrics>();
        services.AddSingleton<RestSender>();
        services.AddSingleton<IDiscordRest, DiscordRestClient>();

        // Bounded, and the reader never waits on them: a full interaction queue answers "busy", a full
        // event queue drops the event with a log (see InteractionInbox and GatewayConnection).
        services.AddSingleton(sp => new InteractionQueue(
            sp.GetRequiredService<IOptions<DiscordOptions>>().Value.InteractionQueueCapacity
            ?? sp.GetRequiredService<IOptions<DiscordTuning>>().Value.InteractionQueueCapacity));
        services.AddSingleton(sp => Channel.CreateBounded<GatewayEvent>(new BoundedChannelOptions(sp.GetRequiredService<IOptions<DiscordTuning>>().Value.EventQueueCapacity)
        {
            FullMode = BoundedChannelFullMode.Wait,
            SingleWriter = true,
            SingleReader = true,
        }));
        services.TryAddSingleton<IInteractionFallbacks, PlainFallbacks>();
        services.AddSingleton<InteractionDeadlines>();
        services.AddSingleton(sp =>
        {
            var inbox = ActivatorUtilities.CreateInstance<InteractionInbox>(sp);
            var time = sp.GetRequiredService<TimeProvider>();
            sp.GetRequiredService<DiscordMetrics>().ObservePipeline(() =>
            {
                var now = time.GetUtcNow();
                var snapshot = inbox.Snapshot(now);
                return new PipelineGauges(snapshot.Queued, snapshot.Running, snapshot.OldestQueuedAt is { } at ? (now - at).TotalSeconds : 0);
            });
            return inbox;
        });
        services.TryAddSingleton<IFatalStop, HostFatalStop>();
        services.AddSingleton<GatewayStatus>();
        services.AddSingleton(sp => new DiscordPipelineHealth(
            sp.GetRequiredService<GatewayStatus>(), sp.GetRequiredService<InteractionInbox>(), sp.GetRequiredService<IOptions<DiscordOptions>>(),
            sp.GetRequiredService<IOptions<DiscordTuning>>(), sp.GetRequiredService<TimeProvider>()));
        services.AddSingleton<InteractionRunner>();
        services.AddSingleton<CommandRegistrar>();
        services.TryAddScoped<IGuildEvents, NoGuildEvents>();
        services.TryAddScoped<IScheduledEventUsers, NoScheduledEventUsers>();
        services.AddHostedService<GatewayEventConsumer>();
        services.AddHostedService<GatewayService>();
        return services;
    }

    /// <summary>Same as <see cref="AddRunWellDiscord(IServiceCollection, IConfiguration)"/> using the "Discord" section.</summary>
    public static IHostApplicationBuilder AddRunWellDiscord(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddRunWellDiscord(builder.Configuration.GetSection(DiscordOptions.SectionName));
        return builder;
    }
}
