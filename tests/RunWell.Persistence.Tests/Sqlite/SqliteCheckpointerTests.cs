using System.Globalization;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using RunWell.Persistence.Sqlite;
using RunWell.Testing;

namespace RunWell.Persistence.Tests.Sqlite;

/// <summary>
/// The write-ahead log reaches the database file from the background checkpointer, once a second on the
/// host's clock, and not from a member's commit (SQLite's own threshold is raised to its safety-net value).
/// </summary>
public sealed class SqliteCheckpointerTests
{
    [Fact(Timeout = 60_000)]
    public async Task Writes_reach_the_database_file_on_the_next_background_checkpoint_not_in_the_commit()
    {
        await using var services = await TestServices.CreateAsync();
        await using var hosted = await HostedServices.StartAsync(services);
        var checkpointer = Assert.Single(hosted.Services.OfType<SqliteCheckpointer>());

        // EF created the file in WAL mode, so the schema itself is still in the log: a first
        // checkpoint moves it, and the file alone then holds the tables and no club.
        var first = checkpointer.NextCheckpoint;
        services.Time.Advance(SqliteCheckpointer.Interval);
        await first;
        for (var n = 0; n < 10; n++)
        {
            await SqliteConnectionTests.SaveClubAsync(services, n);
        }

        // The contexts members' commits run on: SQLite's own checkpoint only past 10,000 pages.
        Assert.Equal(10_000L, await services.InScopeAsync(sp => PragmaAsync(sp.GetRequiredService<RunWellDbContext>(), "wal_autocheckpoint")));
        Assert.Equal(0, await ClubsInTheFileAloneAsync(services.Database));

        var next = checkpointer.NextCheckpoint;
        Assert.False(next.IsCompleted);
        services.Time.Advance(SqliteCheckpointer.Interval);
        var result = await next;

        Assert.False(result.Busy);
        Assert.True(result.LogPages > 0);
        Assert.Equal(result.LogPages, result.CheckpointedPages);
        Assert.Equal(10, await ClubsInTheFileAloneAsync(services.Database));
    }

    [Fact(Timeout = 60_000)]
    public async Task A_clock_that_jumps_a_day_ahead_runs_one_checkpoint_and_the_next_comes_a_second_later()
    {
        await using var services = await TestServices.CreateAsync();
        await using var hosted = await HostedServices.StartAsync(services);
        var checkpointer = hosted.Services.OfType<SqliteCheckpointer>().Single();
        var first = checkpointer.NextCheckpoint;
        services.Time.Advance(TimeSpan.FromDays(1));
        await first;

        // The next delay starts from the new "now": it waits a whole second more, whatever came before.
        var second = checkpointer.NextCheckpoint;
        services.Time.Advance(SqliteCheckpointer.Interval - TimeSpan.FromMilliseconds(1));
        Assert.False(second.IsCompleted);
        services.Time.Advance(TimeSpan.FromMilliseconds(1));
        await second;
    }

    /// <summary>Counts the clubs in a copy of the database file without its log: what the file alone holds.</summary>
    private static async Task<int> ClubsInTheFileAloneAsync(TestDatabase database)
    {
        var copy = Path.Combine(database.Directory, "file-alone.db");
        File.Copy(database.FilePath, copy, overwrite: true);
        try
        {
            await using var connection = new SqliteConnection($"Data Source={copy};Pooling=False");
            await connection.OpenAsync();
            await using var command = connection.CreateCommand();
            command.CommandText = "SELECT COUNT(*) FROM Clubs;";
            return Convert.ToInt32(await command.ExecuteScalarAsync(), CultureInfo.InvariantCulture);
        }
        finally
        {
            File.Delete(copy);
        }
    }

    private static async Task<long> PragmaAsync(RunWellDbContext db, string name)
    {
        var connection = db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA " + name + ";";
        return Convert.ToInt64(await command.ExecuteScalarAsync(), CultureInfo.InvariantCulture);
    }

    /// <summary>The container's hosted services started in order, as the host starts them, and stopped in reverse.</summary>
    private sealed class HostedServices(List<IHostedService> services) : IAsyncDisposable
    {
        public IReadOnlyList<IHostedService> Services => services;

        public static async Task<HostedServices> StartAsync(TestServices container)
        {
            var started = new List<IHostedService>();
            foreach (var service in container.Services.GetServices<IHostedService>())
            {
                await service.StartAsync(CancellationToken.None);
                started.Add(service);
            }

            return new HostedServices(started);
        }

        public async ValueTask DisposeAsync()
        {
            foreach (var service in Enumerable.Reverse(services))
            {
                await service.StopAsync(CancellationToken.None);
            }
        }
    }
}
