using Microsoft.EntityFrameworkCore;
using RunWell.Testing;
using RunWell.Testing.Postgres;

namespace RunWell.Persistence.Tests.Postgres;

/// <summary>Replayed interactions on PostgreSQL, in a database of their own (the class fixture's).</summary>
public sealed class PostgresReplayTests(PostgresDatabase database) : IClassFixture<PostgresDatabase>
{
    private static readonly Bot.Engine.Caller Ann = Commands.Member();

    /// <summary>
    /// A replay is recognised by the source id's unique index refusing the insert; PostgreSQL reports
    /// that as 23505 and rolls the whole save back, member activity included.
    /// </summary>
    [PostgresFact]
    public async Task An_interaction_delivered_twice_on_postgres_stores_once_and_never_echoes_another_members_entry()
    {
        await using var services = await PostgresServices.StartAsync(database.ConnectionString);
        var checkIn = Commands.Request("checkin", Ann, ("mood", 2L), ("stress", 9L), ("energy", 1L));
        var run = Commands.Request("run log", Ann, ("minutes", 25L));

        var first = await services.RunAsync(checkIn);
        var again = await services.RunAsync(checkIn);
        await services.RunAsync(run);
        var runAgain = await services.RunAsync(run);
        var ben = Commands.Member(Commands.BenId, "Ben", guildId: Commands.GuildId + 1);
        var borrowed = await services.RunAsync(
            Commands.Request("checkin", ben, ("mood", 8L), ("stress", 3L), ("energy", 7L)) with { InteractionId = checkIn.InteractionId });

        Assert.DoesNotContain("Already saved", first.Message.Text.Plain, StringComparison.Ordinal);
        Assert.Contains("Already saved", again.Message.Text.Plain, StringComparison.Ordinal);
        Assert.Contains("mood 2", again.Message.Text.Plain, StringComparison.Ordinal);
        Assert.Contains("Already saved", runAgain.Message.Text.Plain, StringComparison.Ordinal);
        Assert.Equal(1, await services.QueryAsync(db => db.CheckIns.CountAsync()));
        Assert.Equal(1, await services.QueryAsync(db => db.Runs.CountAsync()));
        Assert.DoesNotContain("mood 2", borrowed.Message.Text.Plain, StringComparison.Ordinal);
        Assert.DoesNotContain("Already saved", borrowed.Message.Text.Plain, StringComparison.Ordinal);
    }
}
