using System.Globalization;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using RunWell.Discord;
using RunWell.Persistence;

namespace RunWell.Hosting;

/// <summary>
/// Runs the members' everyday commands once before the gateway connects, through the same handler,
/// engine, domain services, EF queries and SaveChanges and renderer as a real interaction, inside a
/// database transaction that is rolled back. The first call of each of those pays one-off costs (EF
/// compiles each query and builds its update pipeline and materializers, DI builds the handler's
/// graph, the JIT compiles the path): measured from outside, the first interactions after a start
/// queued for several hundred ms behind them. Paid here, before any member is waiting; start → READY
/// grows instead. Nothing is stored (the transaction never commits) and nothing is sent: the replies
/// are rendered and dropped, and the commands used touch only the database. A failure is logged and
/// the start goes on: the warm-up only moves costs earlier.
/// </summary>
internal sealed partial class StartupWarmUp(IServiceScopeFactory scopes, TimeProvider time, ILogger<StartupWarmUp> logger) : IHostedService
{
    // No real server or user has these ids: a snowflake below 2^22 would date from Discord's epoch
    // itself. So even a store that cached rows by id could never hand these to a member.
    internal const ulong GuildId = 1;
    private const ulong FirstUserId = 2;

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        try
        {
            var started = time.GetTimestamp();
            var answers = await RunAsync(cancellationToken);
            var elapsed = time.GetElapsedTime(started);
            LogWarmedUp(logger, answers.Count, elapsed.TotalMilliseconds);
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            LogWarmUpFailed(logger, ex.GetType().Name);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>Runs the warm-up interactions and returns their rendered answers (for the tests).</summary>
    internal async Task<IReadOnlyList<InteractionResponse>> RunAsync(CancellationToken ct)
    {
        // One scope, so every command shares the context that holds the transaction.
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<RunWellDbContext>();
        var handler = scope.ServiceProvider.GetRequiredService<IDiscordInteractionHandler>();
        var answers = new List<InteractionResponse>();
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        try
        {
            // One pass: 60 were measured and moved no JIT work out of the first minute (see README).
            foreach (var interaction in Interactions())
            {
                answers.Add(await handler.HandleAsync(interaction, ct));
                // Each real interaction starts with an empty change tracker (its own pooled context).
                db.ChangeTracker.Clear();
            }
        }
        finally
        {
            await transaction.RollbackAsync(CancellationToken.None);
            db.ChangeTracker.Clear();
        }

        return answers;
    }

    /// <summary>
    /// A new member in a new server (both rows created), the same member again (rows found), and a
    /// second member of the now-known server: the paths the first minute after a start takes.
    /// </summary>
    private static IEnumerable<DiscordInteraction> Interactions()
    {
        var id = 1UL;
        foreach (var user in new[] { FirstUserId, FirstUserId, FirstUserId + 1 })
        {
            yield return Command(id++, user, "checkin", [], Whole("mood", 6), Whole("stress", 4), Whole("energy", 5));
            yield return Command(id++, user, "run", ["log"], Whole("minutes", 20), Text("kind", "jog-walk"), Whole("mood", 7), Text("helped", "route"));
            yield return Command(id++, user, "run", ["history"]);
        }
    }

    private static DiscordInteraction Command(ulong id, ulong user, string name, string[] path, params DiscordOptionValue[] options) => new()
    {
        Id = id,
        ApplicationId = 1,
        Type = InteractionType.ApplicationCommand,
        Token = "warm-up",
        GuildId = GuildId,
        ChannelId = 1,
        User = new DiscordUser(user, "warm-up", null),
        MemberPermissions = DiscordPermissions.None,
        Command = new DiscordCommandData(1, name, path, options, new Dictionary<ulong, DiscordResolvedChannel>()),
    };

    private static DiscordOptionValue Whole(string name, int value) =>
        DiscordOptionValue.From(name, ApplicationCommandOptionType.Integer, JsonElement.Parse(value.ToString(CultureInfo.InvariantCulture)), focused: false);

    // Only the fixed words above: none needs escaping.
    private static DiscordOptionValue Text(string name, string value) =>
        DiscordOptionValue.From(name, ApplicationCommandOptionType.String, JsonElement.Parse("\"" + value + "\""), focused: false);

    [LoggerMessage(EventId = 601, Level = LogLevel.Information, Message = "Warmed up with {Count} interactions in {Milliseconds:0} ms (nothing stored, nothing sent)")]
    private static partial void LogWarmedUp(ILogger logger, int count, double milliseconds);

    [LoggerMessage(EventId = 600, Level = LogLevel.Warning, Message = "The start-up warm-up failed ({Error}); starting without it")]
    private static partial void LogWarmUpFailed(ILogger logger, string error);
}
