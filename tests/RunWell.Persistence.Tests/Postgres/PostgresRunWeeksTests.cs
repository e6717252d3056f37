using Microsoft.Extensions.DependencyInjection;
using RunWell.Domain.Ports;
using RunWell.Persistence.Tests.Stores;
using RunWell.Testing.Postgres;

namespace RunWell.Persistence.Tests.Postgres;

public sealed class PostgresRunWeeksTests(PostgresDatabase database) : IClassFixture<PostgresDatabase>
{
    [PostgresFact]
    public async Task Each_week_with_a_run_comes_back_once_as_its_monday_oldest_first_on_postgres()
    {
        await using var services = await PostgresServices.StartAsync(database.ConnectionString);
        await services.QueryAsync(async db =>
        {
            db.AddRange(RunWeeks.Owners());
            await db.SaveChangesAsync();
            db.Runs.AddRange(RunWeeks.Seed());
            return await db.SaveChangesAsync();
        });

        var all = await WeeksAsync(services, DateOnly.MinValue);
        var recent = await WeeksAsync(services, RunWeeks.From);

        Assert.Equal(RunWeeks.AllWeeks, all);
        Assert.Equal(RunWeeks.WeeksFrom, recent);
    }

    private static async Task<IReadOnlyList<DateOnly>> WeeksAsync(PostgresServices services, DateOnly from)
    {
        await using var scope = services.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<IEntryStore>().ListRunWeeksAsync(RunWeeks.GuildId, RunWeeks.UserId, from, CancellationToken.None);
    }
}
