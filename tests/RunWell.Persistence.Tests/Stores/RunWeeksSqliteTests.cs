using Microsoft.Extensions.DependencyInjection;
using RunWell.Domain.Ports;
using RunWell.Testing;

namespace RunWell.Persistence.Tests.Stores;

public sealed class RunWeeksSqliteTests
{
    [Fact]
    public async Task Each_week_with_a_run_comes_back_once_as_its_monday_oldest_first()
    {
        await using var services = await TestServices.CreateAsync();
        await using (var db = services.Database.CreateContext())
        {
            db.AddRange(RunWeeks.Owners());
            await db.SaveChangesAsync();
            db.Runs.AddRange(RunWeeks.Seed());
            await db.SaveChangesAsync();
        }

        var all = await services.InScopeAsync(sp => sp.GetRequiredService<IEntryStore>().ListRunWeeksAsync(RunWeeks.GuildId, RunWeeks.UserId, DateOnly.MinValue, CancellationToken.None));
        var recent = await services.InScopeAsync(sp => sp.GetRequiredService<IEntryStore>().ListRunWeeksAsync(RunWeeks.GuildId, RunWeeks.UserId, RunWeeks.From, CancellationToken.None));

        Assert.Equal(RunWeeks.AllWeeks, all);
        Assert.Equal(RunWeeks.WeeksFrom, recent);
    }
}
