using System.Diagnostics.Metrics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Diagnostics.Metrics.Testing;
using Microsoft.Extensions.Time.Testing;
using RunWell.Domain.Clubs;
using RunWell.Domain.Posts;
using RunWell.Hosting;
using RunWell.Observability;
using RunWell.Testing;

namespace RunWell.Tests.Hosting;

/// <summary>The outbox's backlog, measured on the real SQLite file by the host's own health check and gauges.</summary>
public sealed class OutboxHealthTests
{
    private const ulong GuildId = 1288000000000000001;
    private static readonly DateTimeOffset Now = new(2026, 11, 30, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task A_due_post_waiting_past_the_bound_makes_the_outbox_degraded_and_shows_in_the_gauges()
    {
        await using var database = await TestDatabase.CreateAsync();
        await using (var db = database.CreateContext())
        {
            db.Clubs.Add(new Club { GuildId = GuildId, Name = "Outbox club", ChannelId = 1288000000000000555, TimeZoneId = "UTC" });
            db.Outbox.AddRange(
                Row(due: Now.AddMinutes(-6)),
                Row(due: Now.AddMinutes(-1)),
                Row(due: Now.AddHours(3)), // a retry waiting out its backoff: pending, not due
                Row(due: Now.AddMinutes(-30), status: OutboxStatus.Sent));
            await db.SaveChangesAsync();
        }

        var time = new FakeTimeProvider(Now);
        using var host = RunWellHost.CreateBuilder(["--console", $"--ConnectionStrings:RunWell={database.ConnectionString}"],
            b => b.Services.AddSingleton<TimeProvider>(time)).Build();
        using var pending = new MetricCollector<int>(host.Services.GetRequiredService<IMeterFactory>(), OutboxMetrics.MeterName, "runwell.outbox.pending");
        using var age = new MetricCollector<double>(host.Services.GetRequiredService<IMeterFactory>(), OutboxMetrics.MeterName, "runwell.outbox.oldest_due_age");
        var health = host.Services.GetRequiredService<HealthCheckService>();

        var late = (await health.CheckHealthAsync(c => c.Name == "outbox")).Entries["outbox"];
        pending.RecordObservableInstruments();
        age.RecordObservableInstruments();

        Assert.Equal(HealthStatus.Degraded, late.Status);
        Assert.Equal(2, (int)late.Data["due"]);
        Assert.Equal(3, pending.LastMeasurement!.Value);
        Assert.Equal(360, age.LastMeasurement!.Value);

        // Delivered meanwhile: back to healthy at the next check.
        await using (var db = database.CreateContext())
        {
            foreach (var row in db.Outbox.Where(m => m.NextAttemptAtUtc < Now.UtcDateTime))
                row.Status = OutboxStatus.Sent;
            await db.SaveChangesAsync();
        }
        var caughtUp = (await health.CheckHealthAsync(c => c.Name == "outbox")).Entries["outbox"];
        Assert.Equal(HealthStatus.Healthy, caughtUp.Status);
        Assert.Equal(0, (int)caughtUp.Data["due"]);
    }

    private static OutboxMessage Row(DateTimeOffset due, OutboxStatus status = OutboxStatus.Pending) => new()
    {
        GuildId = GuildId,
        ChannelId = 1288000000000000555,
        Kind = PostKind.WeeklySummary,
        PayloadJson = "{}",
        DeliveryKey = Guid.NewGuid().ToString("N")[..25],
        Status = status,
        NextAttemptAtUtc = due.UtcDateTime,
        CreatedAtUtc = Now.UtcDateTime.AddHours(-1),
    };
}
