using Microsoft.Extensions.DependencyInjection;
using RunWell.Domain.Clubs;
using RunWell.Domain.Members;
using RunWell.Domain.Nudges;
using RunWell.Domain.Ports;
using RunWell.Persistence.Tests.Postgres;
using RunWell.Testing;
using RunWell.Testing.Postgres;

namespace RunWell.Persistence.Tests.Stores;

/// <summary>
/// The four stores that ask "is this member on a break now?" answer alike, on both providers, at the
/// edges: a pause that starts this very moment is in force, one that ends this very moment is over.
/// </summary>
public sealed class PauseRuleStoreTests(PostgresDatabase postgres) : IClassFixture<PostgresDatabase>
{
    private const ulong Guild = 700;
    private const ulong StartsNow = 1;
    private const ulong EndsNow = 2;
    private const ulong NeverPaused = 3;

    [Fact]
    public async Task Every_store_uses_the_same_pause_rule_on_sqlite()
    {
        await using var services = await TestServices.CreateAsync();
        await EveryStoreAgreesAsync(services.Services, services.Time.GetUtcNow().UtcDateTime);
    }

    [PostgresFact]
    public async Task Every_store_uses_the_same_pause_rule_on_postgres()
    {
        await using var services = await PostgresServices.StartAsync(postgres.ConnectionString);
        await EveryStoreAgreesAsync(services.Services, services.Time.GetUtcNow().UtcDateTime);
    }

    private static async Task EveryStoreAgreesAsync(IServiceProvider root, DateTime now)
    {
        var ct = CancellationToken.None;
        await using (var seed = root.CreateAsyncScope())
        {
            var db = seed.ServiceProvider.GetRequiredService<RunWellDbContext>();
            db.Clubs.Add(new Club { GuildId = Guild, Name = "Pause club", CreatedAtUtc = now.AddDays(-60) });
            db.Members.AddRange(Member(StartsNow, now), Member(EndsNow, now), Member(NeverPaused, now));
            db.Pauses.AddRange(
                new Pause { GuildId = Guild, UserId = StartsNow, StartUtc = now, EndUtc = now.AddDays(7) },
                new Pause { GuildId = Guild, UserId = EndsNow, StartUtc = now.AddDays(-7), EndUtc = now });
            await db.SaveChangesAsync(ct);
        }

        await using var scope = root.CreateAsyncScope();
        var sp = scope.ServiceProvider;
        Assert.Equal(new[] { StartsNow }, await sp.GetRequiredService<IPauseStore>().ListPausedUserIdsAsync(Guild, now, ct));
        Assert.Equal(new[] { EndsNow, NeverPaused }, (await sp.GetRequiredService<INudgeStore>().ListCandidatesAsync(Guild, now, ct)).Select(c => c.Member.UserId));
        Assert.Equal(1, (await sp.GetRequiredService<IClubStatusStore>().CountMembersAsync(Guild, now, ct)).Paused);
        var members = sp.GetRequiredService<IMemberStore>();
        Assert.NotNull(await members.FindActivePauseAsync(Guild, StartsNow, now, ct));
        Assert.Null(await members.FindActivePauseAsync(Guild, EndsNow, now, ct));
    }

    private static Member Member(ulong userId, DateTime now) =>
        new() { GuildId = Guild, UserId = userId, NudgeOptIn = true, CreatedAtUtc = now.AddDays(-30) };
}
