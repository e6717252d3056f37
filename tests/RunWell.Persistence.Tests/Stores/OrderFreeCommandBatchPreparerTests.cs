using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Update;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using RunWell.Domain.Clubs;
using RunWell.Domain.Entries;
using RunWell.Domain.Members;
using RunWell.Testing;
using RunWell.Testing.Postgres;

namespace RunWell.Persistence.Tests.Stores;

/// <summary>
/// The saves whose order matters still go through EF's sort (the database's foreign keys and unique
/// index refuse them in the wrong order); only saves whose commands cannot depend on each other skip it
/// (a /checkin's insert and its member's update: EntryStatementsTests pins that order).
/// </summary>
public sealed class OrderFreeCommandBatchPreparerTests
{
    private const ulong Guild = 1_288_000_000_000_200_001;
    private static readonly DateTime Now = TestServices.DefaultNow.UtcDateTime;

    [Fact]
    public async Task The_context_saves_through_the_order_free_preparer()
    {
        await using var services = await TestServices.CreateAsync();

        var preparer = await services.InScopeAsync(sp =>
            Task.FromResult(sp.GetRequiredService<RunWellDbContext>().GetService<ICommandBatchPreparer>()));

        Assert.IsType<OrderFreeCommandBatchPreparer>(preparer);
    }

    [Fact]
    public async Task A_member_added_before_its_club_in_one_save_is_inserted_after_it()
    {
        await using var services = await TestServices.CreateAsync();

        await services.InScopeAsync(sp =>
        {
            var db = sp.GetRequiredService<RunWellDbContext>();
            db.Members.Add(Member(1));
            db.Clubs.Add(Club());
            return db.SaveChangesAsync();
        });

        Assert.Equal((1, 1), (await services.QueryAsync(db => db.Clubs.CountAsync()), await services.QueryAsync(db => db.Members.CountAsync())));
    }

    [Fact]
    public async Task A_check_in_moved_to_a_member_added_in_the_same_save_waits_for_the_member()
    {
        await using var services = await TestServices.CreateAsync();
        await services.InScopeAsync(sp =>
        {
            var db = sp.GetRequiredService<RunWellDbContext>();
            db.Clubs.Add(Club());
            db.Members.Add(Member(1));
            db.CheckIns.Add(CheckIn(1, "first"));
            return db.SaveChangesAsync();
        });

        // An update that writes a foreign key goes through the sort: the member's insert must come first.
        await services.InScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<RunWellDbContext>();
            var checkIn = await db.CheckIns.SingleAsync();
            checkIn.UserId = 2;
            db.Members.Add(Member(2));
            return await db.SaveChangesAsync();
        });

        Assert.Equal(2UL, await services.QueryAsync(db => db.CheckIns.Select(c => c.UserId).SingleAsync()));
    }

    [Fact]
    public async Task A_source_id_freed_and_taken_again_in_one_save_is_deleted_before_it_is_inserted()
    {
        await using var services = await TestServices.CreateAsync();
        await services.InScopeAsync(sp =>
        {
            var db = sp.GetRequiredService<RunWellDbContext>();
            db.Clubs.Add(Club());
            db.Members.Add(Member(1));
            db.CheckIns.Add(CheckIn(1, "same"));
            return db.SaveChangesAsync();
        });

        await services.InScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<RunWellDbContext>();
            db.CheckIns.Add(CheckIn(1, "same"));
            db.CheckIns.Remove(await db.CheckIns.SingleAsync());
            return await db.SaveChangesAsync();
        });

        Assert.Equal(1, await services.QueryAsync(db => db.CheckIns.CountAsync(c => c.SourceId == "same")));
    }

    private static Club Club() => new() { GuildId = Guild, Name = "Club", TimeZoneId = "UTC", CreatedAtUtc = Now };

    private static Member Member(ulong userId) => new() { GuildId = Guild, UserId = userId, DisplayName = "M", CreatedAtUtc = Now };

    private static CheckIn CheckIn(ulong userId, string sourceId) => new()
    {
        GuildId = Guild,
        UserId = userId,
        AtUtc = Now,
        LocalDate = DateOnly.FromDateTime(Now),
        LocalTime = TimeOnly.FromDateTime(Now),
        Mood = 5,
        Stress = 5,
        Energy = 5,
        SourceId = sourceId,
        CreatedAtUtc = Now,
    };
}

/// <summary>PostgreSQL saves through the same preparer (its replay and store tests run the saves).</summary>
public sealed class PostgresOrderFreeCommandBatchPreparerTests(PostgresDatabase database) : IClassFixture<PostgresDatabase>
{
    [PostgresFact]
    public async Task The_postgres_context_saves_through_the_order_free_preparer()
    {
        var time = new FakeTimeProvider(TestServices.DefaultNow);
        await using var provider = TestServices.Build(TestServices.CreateBuilder(database.ConnectionString, time, "Postgres"));
        await using var scope = provider.CreateAsyncScope();

        Assert.IsType<OrderFreeCommandBatchPreparer>(scope.ServiceProvider.GetRequiredService<RunWellDbContext>().GetService<ICommandBatchPreparer>());
    }
}
