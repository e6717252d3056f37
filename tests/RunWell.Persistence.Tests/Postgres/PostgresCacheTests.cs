using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Npgsql;
using RunWell.Bot.Engine;
using RunWell.Persistence.Caching;
using RunWell.Testing;
using RunWell.Testing.Postgres;

namespace RunWell.Persistence.Tests.Postgres;

/// <summary>
/// On PostgreSQL the entry path's in-memory club and member are kept only while the process listens for the
/// triggers' change notices, and a change made by another process (here a second container on the same
/// database, with none of this one's interceptors) empties them.
/// </summary>
public sealed class PostgresCacheTests(PostgresDatabase database) : IClassFixture<PostgresDatabase>
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    [PostgresFact]
    public async Task A_time_zone_changed_by_another_process_decides_the_day_of_the_next_entry_here()
    {
        var ann = Commands.Member(guildId: Commands.GuildId + 10);
        await using var here = await ListeningAsync(ann);
        await using var elsewhere = await PostgresServices.StartAsync(database.ConnectionString);

        // 23:00 UTC on Wednesday is already Thursday afternoon on Kiritimati (UTC+14).
        here.Services.Time.Advance(TimeSpan.FromHours(11));
        await elsewhere.RunAsync("profile timezone", ann, ("tz", "Pacific/Kiritimati"));
        await UntilAsync(() => here.Cache.Count == 0);
        await CheckInAsync(here.Services, ann);

        var latest = await here.Services.QueryAsync(db => db.CheckIns.Where(c => c.GuildId == ann.GuildId).OrderByDescending(c => c.Id).FirstAsync());
        Assert.Equal(new DateOnly(2026, 11, 26), latest.LocalDate);
    }

    [PostgresFact]
    public async Task Without_a_listener_nothing_is_kept()
    {
        var ann = Commands.Member(guildId: Commands.GuildId + 11);
        await using var here = await ListeningAsync(ann);

        await here.Listener.StopAsync(CancellationToken.None);
        Assert.False(here.Cache.Enabled);
        Assert.Equal(0, here.Cache.Count);
        await CheckInAsync(here.Services, ann);
        await CheckInAsync(here.Services, ann);
        Assert.Equal(0, here.Cache.Count);
    }

    [PostgresFact]
    public async Task A_lost_listening_connection_turns_the_cache_off_until_it_listens_again()
    {
        var ann = Commands.Member(guildId: Commands.GuildId + 12);
        await using var here = await ListeningAsync(ann);

        // A failover or a restart of PostgreSQL ends the connection: notices sent meanwhile are lost.
        await using (var connection = new NpgsqlConnection(database.ConnectionString))
        {
            await connection.OpenAsync();
            await using var terminate = new NpgsqlCommand(
                $"SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = '{PostgresCacheListener.ApplicationName}' AND datname = current_database()",
                connection);
            await terminate.ExecuteNonQueryAsync();
        }

        await UntilAsync(() => !here.Cache.Enabled);
        Assert.Equal(0, here.Cache.Count);
        await CheckInAsync(here.Services, ann);
        Assert.Equal(0, here.Cache.Count);

        // The listener retries 5 s (on its clock) later; moved on until it has, as it may not be waiting yet.
        await UntilAsync(() => here.Cache.Enabled, () => here.Services.Time.Advance(TimeSpan.FromSeconds(5)));
        await CheckInAsync(here.Services, ann);
        Assert.Equal(1, here.Cache.Count);
    }

    /// <summary>A container whose listener is on, with <paramref name="member"/>'s rows created and kept.</summary>
    private async Task<Listening> ListeningAsync(Caller member)
    {
        var services = await PostgresServices.StartAsync(database.ConnectionString);
        var listening = new Listening(services, services.Services.GetServices<IHostedService>().OfType<PostgresCacheListener>().Single(),
            services.Services.GetRequiredService<ClubMemberCache>());
        await listening.Listener.StartAsync(CancellationToken.None);
        await UntilAsync(() => listening.Cache.Enabled);
        await CheckInAsync(services, member); // creates the club and member rows: their notices come late
        await NoticesAppliedAsync(listening.Listener);
        await CheckInAsync(services, member);
        Assert.Equal(1, listening.Cache.Count);
        return listening;
    }

    /// <summary>Sends a marker after everything written so far and waits until the listener has seen it.</summary>
    private async Task NoticesAppliedAsync(PostgresCacheListener listener)
    {
        var marker = Guid.NewGuid().ToString("N");
        await using (var connection = new NpgsqlConnection(database.ConnectionString))
        {
            await connection.OpenAsync();
            await using var notify = new NpgsqlCommand($"SELECT pg_notify('{PostgresCacheListener.Channel}', '{marker}')", connection);
            await notify.ExecuteNonQueryAsync();
        }

        await UntilAsync(() => listener.LastPayload == marker);
    }

    private static async Task CheckInAsync(PostgresServices services, Caller caller)
    {
        services.Time.Advance(TimeSpan.FromMinutes(5));
        var reply = await services.RunAsync("checkin", caller, ("mood", 5L), ("stress", 4L), ("energy", 6L));
        Assert.StartsWith("Check-in saved", reply.Message.Text.Plain, StringComparison.Ordinal);
    }

    // Waits on a real notice from another connection: polled, with a generous bound that only a hang reaches.
    private static async Task UntilAsync(Func<bool> condition, Action? betweenPolls = null)
    {
        using var timeout = new CancellationTokenSource(Patience);
        while (!condition())
        {
            betweenPolls?.Invoke();
            await Task.Delay(10, timeout.Token);
        }
    }

    private sealed record Listening(PostgresServices Services, PostgresCacheListener Listener, ClubMemberCache Cache) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync()
        {
            await Listener.StopAsync(CancellationToken.None);
            await Services.DisposeAsync();
        }
    }
}
