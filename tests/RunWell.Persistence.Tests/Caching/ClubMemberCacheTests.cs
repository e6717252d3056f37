using System.Diagnostics.Metrics;
using Microsoft.Extensions.DependencyInjection;
using RunWell.Domain.Clubs;
using RunWell.Domain.Members;
using RunWell.Persistence.Caching;

namespace RunWell.Persistence.Tests.Caching;

/// <summary>The cache's own rules: copies in and out, no row stored across a write, a bound on its size.</summary>
public sealed class ClubMemberCacheTests
{
    private static Club Club(ulong guildId = 1) => new() { GuildId = guildId, Name = "Dawn Runners", TimeZoneId = "Europe/Madrid" };

    private static Member Member(ulong guildId = 1, ulong userId = 2) => new() { GuildId = guildId, UserId = userId, DisplayName = "Ann" };

    [Fact]
    public void A_row_read_before_a_write_began_is_not_stored()
    {
        var cache = new ClubMemberCache(enabled: true);
        var seen = cache.Generation;

        cache.Invalidate(); // a write to Members starts while the read is in flight
        cache.Store(seen, Club(), Member());

        Assert.False(cache.TryGet(1, 2, out _, out _));
        cache.Store(cache.Generation, Club(), Member());
        Assert.True(cache.TryGet(1, 2, out _, out _));
    }

    [Fact]
    public void What_goes_in_and_what_comes_out_are_copies()
    {
        var cache = new ClubMemberCache(enabled: true);
        var club = Club();
        var member = Member();
        cache.Store(cache.Generation, club, member);
        member.DisplayName = "changed after storing";
        club.NoiseSecret[0] ^= 0xFF;

        Assert.True(cache.TryGet(1, 2, out var first, out var firstMember));
        firstMember.TimeZoneId = "Asia/Tokyo";
        first.Name = "changed by a caller";
        Assert.True(cache.TryGet(1, 2, out var second, out var secondMember));

        Assert.Equal("Ann", secondMember.DisplayName);
        Assert.Null(secondMember.TimeZoneId);
        Assert.Equal("Dawn Runners", second.Name);
        Assert.NotEqual(club.NoiseSecret, second.NoiseSecret);
        Assert.NotSame(first, second);
        Assert.NotSame(firstMember, secondMember);
    }

    [Fact]
    public void An_invalidation_forgets_every_row()
    {
        var cache = new ClubMemberCache(enabled: true);
        cache.Store(cache.Generation, Club(1), Member(1, 2));
        cache.Store(cache.Generation, Club(3), Member(3, 4));

        cache.Invalidate();

        Assert.Equal(0, cache.Count);
        Assert.False(cache.TryGet(3, 4, out _, out _));
    }

    [Fact]
    public void A_full_cache_starts_again_rather_than_growing()
    {
        var cache = new ClubMemberCache(enabled: true);
        for (var user = 0UL; user < ClubMemberCache.Capacity; user++)
        {
            cache.Store(cache.Generation, Club(), Member(userId: user));
        }

        Assert.Equal(ClubMemberCache.Capacity, cache.Count);
        cache.Store(cache.Generation, Club(), Member(userId: ulong.MaxValue));

        Assert.Equal(1, cache.Count);
        Assert.True(cache.TryGet(1, ulong.MaxValue, out _, out _));
    }

    [Fact]
    public void A_disabled_cache_keeps_nothing()
    {
        var cache = new ClubMemberCache(enabled: false);

        cache.Store(cache.Generation, Club(), Member());

        Assert.False(cache.TryGet(1, 2, out _, out _));
    }

    [Fact]
    public void Hits_misses_and_invalidations_are_counted_on_the_persistence_meter()
    {
        using var services = new ServiceCollection().AddMetrics().BuildServiceProvider();
        var factory = services.GetRequiredService<IMeterFactory>();
        using var cache = new ClubMemberCache(enabled: true, factory);
        var seen = new Dictionary<string, long>();
        using var listener = new MeterListener
        {
            InstrumentPublished = (instrument, l) =>
            {
                if (instrument.Meter.Name == PersistenceMeters.Name && ReferenceEquals(instrument.Meter.Scope, factory))
                {
                    l.EnableMeasurementEvents(instrument);
                }
            },
        };
        listener.SetMeasurementEventCallback<long>((instrument, value, tags, _) =>
        {
            var key = instrument.Name + string.Concat(tags.ToArray().Select(t => "/" + t.Value));
            seen[key] = seen.GetValueOrDefault(key) + value;
        });
        listener.SetMeasurementEventCallback<int>((instrument, value, _, _) => seen[instrument.Name] = value);
        listener.Start();

        cache.TryGet(1, 2, out _, out _);
        cache.Store(cache.Generation, Club(), Member());
        cache.TryGet(1, 2, out _, out _);
        cache.TryGet(1, 2, out _, out _);
        listener.RecordObservableInstruments();
        var rowsBefore = seen["runwell.entry_cache.rows"];
        cache.Invalidate();

        Assert.Equal(1, seen["runwell.entry_cache.lookups/miss"]);
        Assert.Equal(2, seen["runwell.entry_cache.lookups/hit"]);
        Assert.Equal(1, seen["runwell.entry_cache.invalidations"]);
        Assert.Equal(1, rowsBefore);
        Assert.Equal(1, seen["runwell.entry_cache.enabled"]);
    }

    [Theory]
    [InlineData("""SELECT "c"."GuildId", "m"."UserId" FROM "Clubs" AS "c" LEFT JOIN "Members" AS "m" ON "c"."GuildId" = "m"."GuildId" LIMIT 1""", false)]
    [InlineData("""INSERT INTO "CheckIns" ("AtUtc", "Concern") VALUES (@p0, @p1) RETURNING "Id";""", false)]
    [InlineData("""DELETE FROM "Runs" WHERE "GuildId" = @p0;""", false)]
    [InlineData("""UPDATE "Members" SET "DisplayName" = @p0 WHERE "GuildId" = @p1 AND "UserId" = @p2 RETURNING 1;""", true)]
    [InlineData("""INSERT INTO "Members" ("GuildId", "UserId") VALUES (@p0, @p1);""", true)]
    [InlineData("""DELETE FROM "Members" AS "m" WHERE "m"."GuildId" = @guild""", true)]
    [InlineData("""DELETE FROM "Clubs" WHERE "GuildId" = @p0;""", true)]
    [InlineData("""ALTER TABLE "Members" ADD "Pronouns" TEXT NULL;""", true)]
    [InlineData("-- tagged\nSELECT \"m\".\"UserId\" FROM \"Members\" AS \"m\"", true)]
    [InlineData("""SELECT 1; UPDATE "Clubs" SET "Name" = 'x';""", true)]
    public void A_statement_that_may_write_either_table_is_recognised(string sql, bool mayWrite) =>
        Assert.Equal(mayWrite, ClubMemberCacheInvalidator.MayWrite(sql));
}
