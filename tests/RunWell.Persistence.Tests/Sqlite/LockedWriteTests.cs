using System.Globalization;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using RunWell.Domain.Clubs;
using RunWell.Domain.Ports;
using RunWell.Persistence.Sqlite;
using RunWell.Testing;

namespace RunWell.Persistence.Tests.Sqlite;

/// <summary>
/// A write that meets a database held by another process gives up within Database:BusyTimeout at each
/// of its two waits (behind this process's other writes, then in SQLite), as a busy error that changes
/// nothing: the bound the member's "couldn't save" answer is promised within.
/// </summary>
public sealed class LockedWriteTests
{
    [Fact(Timeout = 60_000)]
    public async Task A_write_queued_behind_one_waiting_on_another_process_gives_up_after_the_busy_timeout_as_busy()
    {
        await using var services = await TestServices.CreateAsync(b => b.Configuration["Database:BusyTimeout"] = "00:00:01");
        var faults = services.Services.GetRequiredService<IStorageFaults>();
        await using var held = await DatabaseLock.TakeAsync(services.Database.ConnectionString);
        var gate = await services.InScopeAsync(sp => Task.FromResult(GateOf(sp.GetRequiredService<RunWellDbContext>())));

        // One write waits in SQLite, the other behind it in this process; the lock is never let go.
        Task<int>[] writes = [Task.Run(() => SaveClubAsync(services, 1)), Task.Run(() => SaveClubAsync(services, 2))];
        await UntilAsync(() => gate.Waiting == 1 || writes.Any(w => w.IsCompleted));

        // Each gives up within its own bound (1 s in the queue, 1 s in SQLite), where the one behind used
        // to wait for the whole of the first one's wait (and the driver stretched each to 30 s).
        foreach (var write in writes)
        {
            var error = await Assert.ThrowsAnyAsync<Exception>(() => write.WaitAsync(TimeSpan.FromSeconds(20), TimeProvider.System));
            Assert.True(faults.IsBusy(error), error.ToString());
        }

        Assert.Equal(0, await services.QueryAsync(db => db.Clubs.CountAsync()));
    }

    [Fact]
    public async Task The_drivers_own_retry_of_a_busy_statement_stops_at_the_busy_timeout_not_its_30_second_default()
    {
        await using var services = await TestServices.CreateAsync(b => b.Configuration["Database:BusyTimeout"] = "00:00:02.500");

        var (commandTimeout, driverTimeout) = await services.InScopeAsync(sp =>
        {
            var db = sp.GetRequiredService<RunWellDbContext>();
            return Task.FromResult((db.Database.GetCommandTimeout(), ((SqliteConnection)db.Database.GetDbConnection()).DefaultTimeout));
        });

        // Whole seconds are all the driver takes: 2.5 s rounds up to 3.
        Assert.Equal((3, 3), (commandTimeout, driverTimeout));
    }

    private static SqliteWriteGate GateOf(RunWellDbContext db) =>
        db.GetService<IDbContextOptions>().FindExtension<CoreOptionsExtension>()!.Interceptors!.OfType<SqliteWriteGate>().Single();

    private static Task<int> SaveClubAsync(TestServices services, int n) => services.InScopeAsync(async sp =>
    {
        var db = sp.GetRequiredService<RunWellDbContext>();
        db.Clubs.Add(new Club
        {
            GuildId = 1_288_000_000_000_200_000UL + (ulong)n,
            Name = "Club " + n.ToString(CultureInfo.InvariantCulture),
            TimeZoneId = "UTC",
            CreatedAtUtc = services.Time.GetUtcNow().UtcDateTime,
        });
        return await db.SaveChangesAsync();
    });

    /// <summary>Polls a condition set on other threads; the test's own timeout bounds it.</summary>
    private static async Task UntilAsync(Func<bool> condition)
    {
        while (!condition())
            await Task.Delay(TimeSpan.FromMilliseconds(10), TimeProvider.System);
    }
}
