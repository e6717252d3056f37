using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Time.Testing;
using RunWell.FakeDiscord;
using RunWell.Hosting;
using RunWell.Testing;

namespace RunWell.Tests.Discord;

/// <summary>The real host (same builder as Program.cs) pointed at a fake Discord on 127.0.0.1.</summary>
internal sealed class DiscordHost : IAsyncDisposable
{
    private DiscordHost(FakeDiscordServer fake, TestDatabase database)
    {
        Fake = fake;
        Database = database;
    }

    public FakeDiscordServer Fake { get; }

    public TestDatabase Database { get; }

    public IHost? Host { get; private set; }

    /// <summary>The clock the bot and the fake Discord share, when the test moves time itself.</summary>
    public FakeTimeProvider? Time { get; private set; }

    public static async Task<DiscordHost> StartAsync(ulong? devGuildId = FakeInteractions.GuildId, params string[] extraArgs)
    {
        var fake = await FakeDiscordServer.StartAsync();
        var host = new DiscordHost(fake, TestDatabase.CreateEmpty());
        await host.StartHostAsync(devGuildId, extraArgs);
        return host;
    }

    /// <summary>
    /// The bot and the fake Discord on one fake clock (started at the wall clock's now, so snowflakes
    /// and Quartz agree): every deadline, the 3-s callback window included, moves only when the test
    /// advances <paramref name="time"/>, however slow the machine is.
    /// </summary>
    public static async Task<DiscordHost> StartAsync(FakeTimeProvider time, params string[] extraArgs)
    {
        var fake = await FakeDiscordServer.StartAsync(time: time);
        var host = new DiscordHost(fake, TestDatabase.CreateEmpty()) { Time = time };
        await host.StartHostAsync(FakeInteractions.GuildId, extraArgs);
        return host;
    }

    public async Task StartHostAsync(ulong? devGuildId = FakeInteractions.GuildId, params string[] extraArgs)
    {
        string[] args =
        [
            $"--Discord:Token={Fake.Token}",
            $"--Discord:ApiBaseUrl={Fake.ApiBaseUrl}",
            $"--ConnectionStrings:RunWell={Database.ConnectionString}",
            .. devGuildId is { } guild ? new[] { $"--Discord:DevGuildId={guild}" } : [],
            .. extraArgs,
        ];
        Host = RunWellHost.CreateBuilder(args, b =>
        {
            if (Time is { } time)
                b.Services.AddSingleton<TimeProvider>(time);
        }).Build();
        await Host.StartAsync();

        // Interactions dispatched before the fake has sent READY would only be replayed on a resume.
        _starts++;
        await Fake.Gateway.ReadySent.WaitForCountAsync(_ => true, _starts, TimeSpan.FromSeconds(15));
    }

    private int _starts;

    public async Task StopHostAsync()
    {
        if (Host is not null)
        {
            await Host.StopAsync();
            Host.Dispose();
            Host = null;
        }
    }

    public async ValueTask DisposeAsync()
    {
        await StopHostAsync();
        await Fake.DisposeAsync();
        await Database.DisposeAsync();
    }
}
