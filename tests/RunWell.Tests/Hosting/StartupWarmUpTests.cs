using System.Data;
using System.Text;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using RunWell.Discord;
using RunWell.FakeDiscord;
using RunWell.Hosting;
using RunWell.Persistence;
using RunWell.Testing;

namespace RunWell.Tests.Hosting;

public sealed class StartupWarmUpTests
{
    [Fact]
    public async Task The_warm_up_answers_its_commands_but_stores_nothing_and_sends_nothing()
    {
        await using var fake = await FakeDiscordServer.StartAsync();
        await using var database = await TestDatabase.CreateAsync();
        await MemberRows.AddEverywhereAsync(database, FakeInteractions.GuildId, FakeInteractions.UserId, "ann", partnerId: 77, TestServices.DefaultNow.UtcDateTime.AddDays(-2));
        var before = await DumpAsync(database);

        using var host = Build(fake, database);
        var warmUp = host.Services.GetServices<IHostedService>().OfType<StartupWarmUp>().Single();
        var answers = await warmUp.RunAsync(CancellationToken.None);

        // It really went through the frame reader, the engine, the domain and the database: every command
        // was answered as done, none with the apology a failure (a locked database, a missing table, an
        // option the reader lost) would give. The callback bodies were built, and nothing was sent.
        Assert.Equal(9, answers.Count);
        Assert.All(answers, a => Assert.Equal(InteractionResponseType.Message, a.Type));
        Assert.Equal(6, answers.Count(a => Text(a).Contains("saved", StringComparison.OrdinalIgnoreCase) || Text(a).Contains("logged", StringComparison.OrdinalIgnoreCase)));
        Assert.DoesNotContain(answers, a => Text(a).Contains("went wrong", StringComparison.OrdinalIgnoreCase));

        Assert.Equal(before, await DumpAsync(database));
        Assert.Empty(fake.Rest.Requests.All);
        Assert.Empty(fake.Gateway.Received.All);
    }

    /// <summary>
    /// The first interactions run side by side: each finds a pooled context whose connection is already
    /// open, instead of building a context and opening a connection while a member waits.
    /// </summary>
    [Fact]
    public async Task After_the_warm_up_as_many_interactions_as_may_run_at_once_find_an_open_context()
    {
        await using var fake = await FakeDiscordServer.StartAsync();
        await using var database = await TestDatabase.CreateAsync();
        using var host = Build(fake, database);
        await host.Services.GetServices<IHostedService>().OfType<StartupWarmUp>().Single().StartAsync(CancellationToken.None);

        var concurrent = host.Services.GetRequiredService<IOptions<DiscordOptions>>().Value.MaxConcurrentInteractions;
        var scopes = Enumerable.Range(0, concurrent).Select(_ => host.Services.CreateAsyncScope()).ToList();
        try
        {
            var contexts = scopes.Select(s => s.ServiceProvider.GetRequiredService<RunWellDbContext>()).ToList();
            Assert.Equal(concurrent, contexts.Distinct().Count());
            Assert.All(contexts, db => Assert.Equal(ConnectionState.Open, db.Database.GetDbConnection().State));
        }
        finally
        {
            foreach (var scope in scopes)
            {
                await scope.DisposeAsync();
            }
        }

        Assert.Empty(fake.Rest.Requests.All);
    }

    [Fact]
    public async Task The_warm_up_runs_before_the_gateway_connects()
    {
        await using var fake = await FakeDiscordServer.StartAsync();
        await using var database = TestDatabase.CreateEmpty();

        using var host = Build(fake, database);

        // Hosted services start one after another in this order: the gateway waits for the warm-up.
        var order = host.Services.GetServices<IHostedService>().Select(s => s.GetType().Name).ToList();
        Assert.True(order.IndexOf("DatabaseMigrator") < order.IndexOf(nameof(StartupWarmUp)));
        Assert.True(order.IndexOf(nameof(StartupWarmUp)) < order.IndexOf("GatewayService"));
    }

    private static IHost Build(FakeDiscordServer fake, TestDatabase database) =>
        RunWellHost.CreateBuilder([
            $"--Discord:Token={fake.Token}", $"--Discord:ApiBaseUrl={fake.ApiBaseUrl}", "--RunWell:Mode=Discord",
            $"--ConnectionStrings:RunWell={database.ConnectionString}",
        ]).Build();

    private static string Text(InteractionResponse answer) =>
        answer.Message!.Content + string.Concat(answer.Message.Embeds.Select(e => e.Title + e.Description + string.Concat(e.Fields.Select(f => f.Name + f.Value))));

    /// <summary>Every row of every table (SQLite's own bookkeeping included), as text.</summary>
    private static async Task<string> DumpAsync(TestDatabase database)
    {
        await using var connection = new SqliteConnection(database.ConnectionString);
        await connection.OpenAsync();
        var tables = new List<string>();
        await using (var list = connection.CreateCommand())
        {
            list.CommandText = "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name";
            await using var reader = await list.ExecuteReaderAsync();
            while (await reader.ReadAsync())
                tables.Add(reader.GetString(0));
        }

        var dump = new StringBuilder();
        foreach (var table in tables)
        {
            dump.Append("== ").AppendLine(table);
            await using var select = connection.CreateCommand();
            select.CommandText = $"SELECT * FROM \"{table}\" ORDER BY 1";
            await using var reader = await select.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                for (var i = 0; i < reader.FieldCount; i++)
                    dump.Append(reader.IsDBNull(i) ? "null" : Convert.ToString(reader.GetValue(i), System.Globalization.CultureInfo.InvariantCulture)).Append('|');
                dump.AppendLine();
            }
        }

        Assert.Contains("name-ann", dump.ToString(), StringComparison.Ordinal);
        return dump.ToString();
    }
}
