using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using RunWell.FakeDiscord;
using RunWell.Testing;

namespace RunWell.Tests.Discord;

/// <summary>The real host's health reflects the interaction pipeline, not only the socket.</summary>
public sealed class PipelineHealthTests
{
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task A_full_queue_turns_health_unhealthy_and_it_recovers_once_drained()
    {
        // One worker, two queue slots, and writes that wait for the lock rather than give up.
        await using var bot = await DiscordHost.StartAsync(FakeInteractions.GuildId,
            "--Discord:MaxConcurrentInteractions=1", "--Discord:InteractionQueueCapacity=2", "--Database:BusyTimeout=00:02:00");
        var fake = bot.Fake;
        await fake.Rest.Requests.WaitForAsync(r => r.Route == FakeRoute.BulkOverwriteGuildCommands, Wait);
        Assert.Equal(HealthStatus.Healthy, (await PipelineAsync(bot)).Status);

        await using var held = await DatabaseLock.TakeAsync(bot.Database.ConnectionString);
        await fake.Gateway.SendInteractionAsync(CheckIn(fake, member: 1));
        await WaitForAsync(async () => (int)(await PipelineAsync(bot)).Data["running"] == 1);
        await fake.Gateway.SendInteractionAsync(CheckIn(fake, member: 2));
        await fake.Gateway.SendInteractionAsync(CheckIn(fake, member: 3));
        var overflow = CheckIn(fake, member: 4);
        await fake.Gateway.SendInteractionAsync(overflow);

        // The fourth is told "busy" at once; the pipeline is unhealthy while the queue is full.
        var busy = await fake.Rest.Requests.WaitForAsync(r => r.Route == FakeRoute.InteractionCallback && r.Path.Contains(overflow["id"]!.GetValue<string>(), StringComparison.Ordinal), Wait);
        Assert.Contains("busy", busy.Json!.Value.GetProperty("data").GetProperty("content").GetString(), StringComparison.OrdinalIgnoreCase);
        var full = await PipelineAsync(bot);
        Assert.Equal(HealthStatus.Unhealthy, full.Status);
        Assert.Contains("queue full", full.Description, StringComparison.Ordinal);
        Assert.Equal(2, (int)full.Data["queued"]);

        // The writer lets go (after all three were deferred): each waiting check-in is saved once, and health recovers.
        await fake.Rest.Requests.WaitForCountAsync(r => r.Route == FakeRoute.InteractionCallback && r.Json!.Value.GetProperty("type").GetInt32() == 5, 3, Wait);
        await held.ReleaseAsync();
        await fake.Rest.Requests.WaitForCountAsync(r => r.Route == FakeRoute.EditOriginal, 3, Wait);
        await WaitForAsync(async () => (await PipelineAsync(bot)).Status == HealthStatus.Healthy);

        await using var db = bot.Database.CreateContext();
        var members = await db.CheckIns.Select(c => c.UserId).ToListAsync();
        Assert.Equal([Member(1), Member(2), Member(3)], members.Order());
        Assert.All(fake.Rest.Requests.All.Where(r => r.Route == FakeRoute.EditOriginal),
            edit => Assert.StartsWith("Check-in saved", edit.Json!.Value.GetProperty("content").GetString(), StringComparison.Ordinal));
    }

    internal static ulong Member(int n) => FakeInteractions.UserId + (ulong)n;

    internal static JsonObject CheckIn(FakeDiscordServer fake, int member)
    {
        var interaction = FakeInteractions.SlashCommand(fake.ApplicationId, "checkin", null, ("mood", 4, 4), ("stress", 4, 5), ("energy", 4, 3));
        interaction["member"]!["user"]!["id"] = Member(member).ToString(CultureInfo.InvariantCulture);
        return interaction;
    }

    internal static async Task<HealthReportEntry> PipelineAsync(DiscordHost bot)
    {
        var report = await bot.Host!.Services.GetRequiredService<HealthCheckService>().CheckHealthAsync(c => c.Name == "discord-gateway");
        return report.Entries["discord-gateway"];
    }

    private static async Task WaitForAsync(Func<Task<bool>> condition)
    {
        using var timeout = new CancellationTokenSource(Wait);
        while (!await condition())
            await Task.Delay(50, timeout.Token);
    }
}
