using System.Globalization;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using RunWell.Discord;
using RunWell.Persistence;

namespace RunWell.Hosting;

/// <summary>
/// Runs the members' everyday commands before the gateway connects, through the same frame reader,
/// handler, engine, domain services, EF queries and SaveChanges, renderer and callback serializer as a
/// real interaction, inside a database transaction that is rolled back. The first call of each of those
/// pays one-off costs (EF compiles each query and builds its update pipeline and materializers, DI
/// builds the handler's graph, the JIT compiles the path): measured from outside, the first
/// interactions after a start queued for several hundred ms behind them. Paid here, before any member
/// is waiting; start → READY grows instead. Nothing is stored (the transaction never commits) and
/// nothing is sent: the replies are serialized and dropped, and the commands used touch only the
/// database. A failure is logged and the start goes on: the warm-up only moves costs earlier.
/// </summary>
internal sealed partial class StartupWarmUp(IServiceScopeFactory scopes, IOptions<DiscordOptions> discord, TimeProvider time, ILogger<StartupWarmUp> logger) : IHostedService
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
            await FillContextPoolAsync(cancellationToken);
            var elapsed = time.GetElapsedTime(started);
            LogWarmedUp(logger, answers.Count, elapsed.TotalMilliseconds);
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            LogWarmUpFailed(logger, ex.GetType().Name);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>
    /// Fills the context pool with as many contexts as interactions may run at once, each with its SQLite
    /// connection opened and used once. The warm-up itself needs one context; the first real interactions
    /// ran side by side and each new context built its EF services and opened a new connection (the file,
    /// the pragmas, EF's functions, the schema) while members waited: measured from outside, the first
    /// 100 ms of traffic after a start answered in up to 144–190 ms with one pooled context, 45–76 ms with
    /// sixteen. The contexts go back to the pool with their connections open (PooledSqliteConnection).
    /// </summary>
    internal async Task FillContextPoolAsync(CancellationToken ct)
    {
        var rented = new List<AsyncServiceScope>();
        try
        {
            // All rented before any goes back, so each is a context of its own.
            for (var i = 0; i < discord.Value.MaxConcurrentInteractions; i++)
            {
                var scope = scopes.CreateAsyncScope();
                rented.Add(scope);
                var db = scope.ServiceProvider.GetRequiredService<RunWellDbContext>();
                await db.Clubs.AsNoTracking().AnyAsync(c => c.GuildId == GuildId, ct);
            }
        }
        finally
        {
            foreach (var scope in rented)
            {
                await scope.DisposeAsync();
            }
        }
    }

    /// <summary>Runs the warm-up interactions and returns their answers (for the tests).</summary>
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
            // One pass: repeating it until the JIT went quiet (up to 2.5 s) queued more tier-1
            // compilations for after READY than it finished before it (see README).
            foreach (var frame in Frames())
            {
                var answer = await handler.HandleAsync(DiscordWarmUp.ReadInteractionCreate(frame), ct);
                await DiscordWarmUp.BuildCallbackBodyAsync(answer, ct);
                answers.Add(answer);
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
    private static IEnumerable<byte[]> Frames()
    {
        var id = 0UL;
        foreach (var user in new[] { FirstUserId, FirstUserId, FirstUserId + 1 })
        {
            yield return Frame(++id, user, "checkin", """[{"name":"mood","type":4,"value":6},{"name":"stress","type":4,"value":4},{"name":"energy","type":4,"value":5}]""");
            yield return Frame(++id, user, "run", """[{"name":"log","type":1,"options":[{"name":"minutes","type":4,"value":20},{"name":"kind","type":3,"value":"jog-walk"},{"name":"mood","type":4,"value":7},{"name":"helped","type":3,"value":"route"}]}]""");
            yield return Frame(++id, user, "run", """[{"name":"history","type":1,"options":[]}]""");
        }
    }

    /// <summary>
    /// An INTERACTION_CREATE dispatch with the fields the bot reads (nested objects first, so that no two
    /// braces meet in the template).
    /// </summary>
    private static byte[] Frame(ulong id, ulong user, string command, string options) => Encoding.UTF8.GetBytes(string.Create(CultureInfo.InvariantCulture,
        $$"""{"d":{"data":{"options":{{options}},"id":"1","name":"{{command}}","type":1},"member":{"user":{"id":"{{user}}","username":"warm-up","global_name":null},"nick":null,"roles":[],"permissions":"0"},"id":"{{id}}","application_id":"1","type":2,"token":"warm-up","version":1,"guild_id":"{{GuildId}}","channel_id":"1","app_permissions":"0"},"op":0,"s":{{id}},"t":"INTERACTION_CREATE"}"""));

    [LoggerMessage(EventId = 601, Level = LogLevel.Information, Message = "Warmed up with {Count} interactions in {Milliseconds:0} ms (nothing stored, nothing sent)")]
    private static partial void LogWarmedUp(ILogger logger, int count, double milliseconds);

    [LoggerMessage(EventId = 600, Level = LogLevel.Warning, Message = "The start-up warm-up failed ({Error}); starting without it")]
    private static partial void LogWarmUpFailed(ILogger logger, string error);
}
