using System.Globalization;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using RunWell.Domain.Clubs;
using RunWell.Testing;
using SQLitePCL;

namespace RunWell.Persistence.Tests.Sqlite;

/// <summary>
/// The context pool hands out the context that went back last. Each pooled SQLite context keeps its own
/// connection, and a connection's page cache survives only while no other connection writes: with EF's
/// first-in-first-out pool every interaction met the connection that had waited longest and read every
/// page its insert touched from the file again.
/// </summary>
public sealed class MostRecentContextPoolTests
{
    private const int CacheHit = 7;   // SQLITE_DBSTATUS_CACHE_HIT
    private const int CacheMiss = 8;  // SQLITE_DBSTATUS_CACHE_MISS

    [Fact]
    public async Task Saves_one_after_another_use_the_connection_that_wrote_last_and_find_its_pages_cached()
    {
        await using var services = await TestServices.CreateAsync();
        await FillPoolAsync(services, contexts: 4);

        var saves = new List<(SqliteConnection Connection, int Misses, int Hits)>();
        for (var n = 0; n < 5; n++)
        {
            saves.Add(await services.InScopeAsync(async sp =>
            {
                var db = sp.GetRequiredService<RunWellDbContext>();
                var connection = (SqliteConnection)db.Database.GetDbConnection();
                var (missesBefore, hitsBefore) = (Status(connection, CacheMiss), Status(connection, CacheHit));
                db.Clubs.Add(NewClub(services, n));
                await db.SaveChangesAsync();
                return (connection, Status(connection, CacheMiss) - missesBefore, Status(connection, CacheHit) - hitsBefore);
            }));
        }

        Assert.All(saves, s => Assert.Same(saves[0].Connection, s.Connection));
        // The first save may read pages the pool's fill did not touch; every later one finds them all.
        Assert.All(saves.Skip(1), s => Assert.Equal(0, s.Misses));
        Assert.All(saves.Skip(1), s => Assert.True(s.Hits > 0, "the insert read no page at all"));
        Assert.Equal(5, await services.QueryAsync(db => db.Clubs.CountAsync()));
    }

    [Fact]
    public async Task Contexts_taken_at_once_are_distinct_and_the_last_returned_comes_back_first()
    {
        await using var services = await TestServices.CreateAsync();

        var first = services.CreateScope();
        var second = services.CreateScope();
        var a = first.ServiceProvider.GetRequiredService<RunWellDbContext>();
        var b = second.ServiceProvider.GetRequiredService<RunWellDbContext>();
        Assert.NotSame(a, b);
        await first.DisposeAsync();
        await second.DisposeAsync();

        var again = await services.InScopeAsync(sp => Task.FromResult(sp.GetRequiredService<RunWellDbContext>()));
        Assert.Same(b, again);
    }

    [Fact]
    public async Task A_context_back_from_the_pool_starts_clean()
    {
        await using var services = await TestServices.CreateAsync();

        await services.InScopeAsync(sp =>
        {
            var db = sp.GetRequiredService<RunWellDbContext>();
            db.Clubs.Add(NewClub(services, 1)); // left unsaved
            return Task.FromResult(0);
        });

        var tracked = await services.InScopeAsync(sp => Task.FromResult(sp.GetRequiredService<RunWellDbContext>().ChangeTracker.Entries().Count()));
        Assert.Equal(0, tracked);
    }

    /// <summary>Several contexts at once, as a burst of interactions would take them, then all returned.</summary>
    private static async Task FillPoolAsync(TestServices services, int contexts)
    {
        var scopes = Enumerable.Range(0, contexts).Select(_ => services.CreateScope()).ToList();
        foreach (var scope in scopes)
        {
            await scope.ServiceProvider.GetRequiredService<RunWellDbContext>().Clubs.AnyAsync();
        }

        foreach (var scope in scopes)
        {
            await scope.DisposeAsync();
        }
    }

    private static Club NewClub(TestServices services, int n) => new()
    {
        GuildId = 1_288_000_000_000_200_000UL + (ulong)n,
        Name = "Club " + n.ToString(CultureInfo.InvariantCulture),
        TimeZoneId = "UTC",
        CreatedAtUtc = services.Time.GetUtcNow().UtcDateTime,
    };

    private static int Status(SqliteConnection connection, int op)
    {
        var rc = raw.sqlite3_db_status(connection.Handle, op, out var current, out _, 0);
        Assert.Equal(raw.SQLITE_OK, rc);
        return current;
    }
}
