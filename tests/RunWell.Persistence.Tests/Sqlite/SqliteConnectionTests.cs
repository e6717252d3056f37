using System.Data;
using System.Data.Common;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using RunWell.Domain.Clubs;
using RunWell.Testing;

namespace RunWell.Persistence.Tests.Sqlite;

/// <summary>
/// The SQLite plumbing under the interaction path: pooled contexts, pragmas sent once per native
/// connection, and the in-process write gate that queues SaveChanges instead of letting them sleep
/// in SQLite's busy handler.
/// </summary>
public sealed class SqliteConnectionTests
{
    [Fact]
    public async Task Every_context_taken_from_the_pool_runs_with_the_pragmas_set()
    {
        await using var services = await TestServices.CreateAsync();

        for (var i = 0; i < 3; i++)
        {
            var (foreignKeys, busyTimeout, synchronous) = await services.InScopeAsync(async sp =>
            {
                var db = sp.GetRequiredService<RunWellDbContext>();
                await db.Database.OpenConnectionAsync();
                try
                {
                    return (await PragmaAsync(db, "foreign_keys"), await PragmaAsync(db, "busy_timeout"), await PragmaAsync(db, "synchronous"));
                }
                finally
                {
                    await db.Database.CloseConnectionAsync();
                }
            });

            Assert.Equal((1L, 5000L, 1L), (foreignKeys, busyTimeout, synchronous));
        }
    }

    /// <summary>
    /// One open per pooled context, not per interaction: on every open EF's SQLite provider registers its
    /// SQL functions again, and each registration leaves a handle for the finalizer (a /checkin used to
    /// open four times, then once; now a context opens once and keeps its connection when it goes back
    /// to the pool). Disposing the pool (the host stopping) closes it.
    /// </summary>
    [Fact]
    public async Task A_pooled_context_opens_its_connection_once_and_keeps_it_across_scopes()
    {
        DbConnection? connection = null;
        var opens = 0;
        await using (var services = await TestServices.CreateAsync())
        {
            for (var scope = 0; scope < 3; scope++)
            {
                var stillOpen = await services.InScopeAsync(async sp =>
                {
                    var db = sp.GetRequiredService<RunWellDbContext>();
                    if (connection is null)
                    {
                        connection = db.Database.GetDbConnection();
                        connection.StateChange += (_, e) => opens += e.CurrentState == ConnectionState.Open ? 1 : 0;
                    }

                    Assert.Same(connection, db.Database.GetDbConnection());
                    await db.Clubs.CountAsync();
                    await db.Members.CountAsync();
                    await SaveClubAsync(db, services, scope);
                    return connection.State;
                });

                Assert.Equal(ConnectionState.Open, stillOpen);
                Assert.Equal(ConnectionState.Open, connection!.State);
            }

            Assert.Equal(1, opens);
            Assert.Equal(3, await services.QueryAsync(db => db.Clubs.CountAsync()));
        }

        Assert.Equal(ConnectionState.Closed, connection!.State);
    }

    /// <summary>The connection outlives the scope, a transaction must not: the pool return rolls it back.</summary>
    [Fact]
    public async Task A_transaction_left_open_is_rolled_back_when_the_context_goes_back_to_the_pool()
    {
        await using var services = await TestServices.CreateAsync();

        await services.InScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<RunWellDbContext>();
            await db.Database.BeginTransactionAsync();
            return await SaveClubAsync(db, services, 1);
        });

        Assert.Equal(0, await services.QueryAsync(db => db.Clubs.CountAsync()));
        await SaveClubAsync(services, 1);
        Assert.Equal(1, await services.QueryAsync(db => db.Clubs.CountAsync()));
    }

    [Fact(Timeout = 60_000)]
    public async Task A_save_that_fails_lets_the_next_save_through()
    {
        await using var services = await TestServices.CreateAsync();
        await SaveClubAsync(services, 1);

        // The same key again: the database refuses it, and the gate must be released all the same.
        await Assert.ThrowsAsync<DbUpdateException>(() => SaveClubAsync(services, 1));
        await SaveClubAsync(services, 2);

        Assert.Equal(2, await services.QueryAsync(db => db.Clubs.CountAsync()));
    }

    [Fact(Timeout = 60_000)]
    public async Task Many_saves_at_once_all_land()
    {
        await using var services = await TestServices.CreateAsync();

        await Task.WhenAll(Enumerable.Range(10, 40).Select(i => Task.Run(() => SaveClubAsync(services, i))));

        Assert.Equal(40, await services.QueryAsync(db => db.Clubs.CountAsync()));
    }

    /// <summary>Saves one club through a pooled context in its own scope, as an interaction would.</summary>
    internal static Task<int> SaveClubAsync(TestServices services, int n) =>
        services.InScopeAsync(sp => SaveClubAsync(sp.GetRequiredService<RunWellDbContext>(), services, n));

    private static Task<int> SaveClubAsync(RunWellDbContext db, TestServices services, int n)
    {
        db.Clubs.Add(new Club
        {
            GuildId = 1_288_000_000_000_100_000UL + (ulong)n,
            Name = "Club " + n.ToString(CultureInfo.InvariantCulture),
            TimeZoneId = "UTC",
            CreatedAtUtc = services.Time.GetUtcNow().UtcDateTime,
        });
        return db.SaveChangesAsync();
    }

    private static async Task<long> PragmaAsync(RunWellDbContext db, string name)
    {
        await using var command = db.Database.GetDbConnection().CreateCommand();
        command.CommandText = "PRAGMA " + name;
        return Convert.ToInt64(await command.ExecuteScalarAsync(), CultureInfo.InvariantCulture);
    }
}
