using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using RunWell.Bot.Engine;
using RunWell.Domain.Ports;
using RunWell.Persistence.Caching;
using RunWell.Testing;

namespace RunWell.Persistence.Tests.Caching;

/// <summary>
/// The entry path's club and member come from memory once read (ClubMemberCache), and every way this
/// process changes them is seen by the next entry: a member's own setting, an erasure, a write that a read
/// overlapped before its commit. On a real SQLite file, through the product's commands where there is one.
/// </summary>
public sealed class CacheInvalidationTests
{
    private static readonly Caller Ann = Commands.Member();

    [Fact]
    public async Task A_new_time_zone_decides_the_day_of_the_very_next_entry()
    {
        await using var services = await TestServices.CreateAsync();
        await CheckInAsync(services);
        await CheckInAsync(services); // read once more, now kept
        Assert.Equal(1, services.Services.GetRequiredService<ClubMemberCache>().Count);

        // 23:00 UTC on Wednesday is already Thursday afternoon on Kiritimati (UTC+14).
        services.Time.Advance(TimeSpan.FromHours(11));
        await services.RunAsync("profile timezone", Ann, ("tz", "Pacific/Kiritimati"));
        await CheckInAsync(services);

        await using var db = services.Database.CreateContext();
        var latest = await db.CheckIns.OrderByDescending(c => c.Id).FirstAsync();
        Assert.Equal(new DateOnly(2026, 11, 26), latest.LocalDate);
    }

    [Fact]
    public async Task A_member_who_erased_everything_and_checks_in_again_starts_afresh()
    {
        await using var services = await TestServices.CreateAsync();
        await CheckInAsync(services);
        await CheckInAsync(services);

        var asked = await services.RunAsync("privacy delete", Ann);
        await services.PressAsync(asked.Message.Buttons.Single(b => b.Label == "Delete everything").Id, Ann);
        await CheckInAsync(services);

        await using var db = services.Database.CreateContext();
        Assert.Equal(1, await db.Members.CountAsync(m => m.GuildId == Commands.GuildId && m.UserId == Commands.AnnId));
        Assert.Equal(1, await db.CheckIns.CountAsync(c => c.GuildId == Commands.GuildId && c.UserId == Commands.AnnId));
    }

    [Fact]
    public async Task A_read_during_an_uncommitted_write_is_forgotten_when_the_write_commits()
    {
        await using var services = await TestServices.CreateAsync();
        await CheckInAsync(services);
        await CheckInAsync(services);

        await using (var writer = services.CreateScope())
        {
            var db = writer.ServiceProvider.GetRequiredService<RunWellDbContext>();
            await using var transaction = await db.Database.BeginTransactionAsync();
            await db.Members.Where(m => m.UserId == Commands.AnnId)
                .ExecuteUpdateAsync(s => s.SetProperty(m => m.DisplayName, "Annie"));

            // Another interaction reads meanwhile: SQLite shows it the committed row, and it may keep it...
            Assert.Equal("Ann", (await ReadAsync(services)).DisplayName);
            await transaction.CommitAsync();
        }

        // ...but not past the commit.
        Assert.Equal("Annie", (await ReadAsync(services)).DisplayName);
    }

    [Fact]
    public async Task Rows_read_inside_a_transaction_are_never_kept()
    {
        await using var services = await TestServices.CreateAsync();
        await CheckInAsync(services);
        var cache = services.Services.GetRequiredService<ClubMemberCache>();

        await using (var scope = services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<RunWellDbContext>();
            await using var transaction = await db.Database.BeginTransactionAsync();
            await scope.ServiceProvider.GetRequiredService<IMemberStore>().ReadWithClubAsync(Commands.GuildId, Commands.AnnId, CancellationToken.None);
            Assert.Equal(0, cache.Count);
            await transaction.RollbackAsync();
        }

        await ReadAsync(services);
        Assert.Equal(1, cache.Count);
    }

    private static async Task CheckInAsync(TestServices services)
    {
        services.Time.Advance(TimeSpan.FromMinutes(5));
        var reply = await services.RunAsync("checkin", Ann, ("mood", 5L), ("stress", 4L), ("energy", 6L));
        Assert.StartsWith("Check-in saved", reply.Message.Text.Plain, StringComparison.Ordinal);
    }

    private static Task<Domain.Members.Member> ReadAsync(TestServices services) =>
        services.InScopeAsync(async provider =>
            (await provider.GetRequiredService<IMemberStore>().ReadWithClubAsync(Commands.GuildId, Commands.AnnId, CancellationToken.None)).Member!);
}
