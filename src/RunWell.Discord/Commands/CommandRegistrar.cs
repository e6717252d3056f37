using System.Globalization;
using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using RunWell.Discord.Gateway;
using RunWell.Discord.Json;

namespace RunWell.Discord.Commands;

/// <summary>
/// Registers the host's catalog after READY: validate, compare with what Discord holds (GET), PUT to
/// the dev guild (instant) or globally only when they differ, and retry with backoff until done. When
/// the scope changed since the last registration (Discord:DevGuildId set, unset or changed), the old
/// scope's commands are cleared first so members never see two copies of a command.
/// </summary>
internal sealed partial class CommandRegistrar(
    IServiceScopeFactory scopes,
    IDiscordRest rest,
    IOptions<DiscordOptions> options,
    IOptions<DiscordTuning> tuning,
    TimeProvider time,
    ILogger<CommandRegistrar> logger)
{
    /// <summary>Key under which the registration store remembers the last registered scope.</summary>
    internal const string ScopeKey = "registered-scope";

    private const string Global = "global";

    public async Task RegisterUntilDoneAsync(ulong applicationId, CancellationToken ct)
    {
        var settings = tuning.Value;
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                if (await RegisterAsync(applicationId, ct))
                    return;
            }
            catch (Exception ex) when (ex is not OperationCanceledException || !ct.IsCancellationRequested)
            {
                // The host's store failed (a locked database at start): retried like Discord's failures,
                // rather than ending in a task nobody observes and never registering at all.
                LogStoreFailed(logger, ex.GetType().Name, ex.Message);
            }
            var delay = ReconnectBackoff.Delay(attempt, settings.RegistrationBackoffBase, settings.RegistrationBackoffCap, settings.Jitter());
            LogRetrying(logger, delay.TotalSeconds, attempt);
            await Task.Delay(delay, time, ct);
        }
    }

    /// <summary>One pass; true when nothing is left to retry (registered, unchanged, or refused for good).</summary>
    public async Task<bool> RegisterAsync(ulong applicationId, CancellationToken ct)
    {
        if (!options.Value.RegistersCommands)
        {
            LogLeftToShardZero(logger, options.Value.ShardId ?? 0);
            return true;
        }

        await using var scope = scopes.CreateAsyncScope();
        var source = scope.ServiceProvider.GetService<ICommandSource>();
        if (source is null)
            return true;
        var commands = source.GetCommands();
        var errors = ApplicationCommandValidator.Validate(commands);
        if (errors.Count > 0)
        {
            // Retrying cannot fix the catalog; the operator has to.
            var list = string.Join("; ", errors);
            LogInvalidCatalog(logger, list);
            return true;
        }

        var guildId = options.Value.DevGuildId;
        if (guildId is not null)
            commands = ForGuild(commands);
        var scopeKey = guildId is { } g ? Snowflake.Str(g) : Global;
        var store = scope.ServiceProvider.GetService<ICommandRegistrationStore>();

        if (store is not null && await store.GetHashAsync(ScopeKey, ct) is { } previous && previous != scopeKey
            && !await ClearAsync(applicationId, previous, ct))
            return false;

        var held = await rest.GetCommandsAsync(applicationId, guildId, ct);
        if (!held.IsSuccess)
        {
            LogFailed(logger, "GET " + scopeKey, held.Error, held.StatusCode, held.ErrorMessage);
            return IsPermanent(held);
        }
        var desired = JsonSerializer.SerializeToElement(commands, DiscordJsonContext.Default.IReadOnlyListApplicationCommand);
        var hash = Hash(commands);
        if (CommandComparer.Matches(desired, held.Value))
        {
            LogUnchanged(logger, scopeKey);
            await RememberAsync(store, scopeKey, hash, ct);
            return true;
        }

        var result = await rest.BulkOverwriteCommandsAsync(applicationId, guildId, commands, ct);
        if (!result.IsSuccess)
        {
            LogFailed(logger, scopeKey, result.Error, result.StatusCode, result.ErrorMessage);
            return IsPermanent(result);
        }
        await RememberAsync(store, scopeKey, hash, ct);
        LogRegistered(logger, commands.Count, scopeKey);
        return true;
    }

    /// <summary>Empties the scope registered before: a guild the bot left (403/404) has nothing left to clear.</summary>
    private async Task<bool> ClearAsync(ulong applicationId, string previous, CancellationToken ct)
    {
        ulong? oldGuild = previous == Global ? null : Snowflake.TryParse(previous);
        if (previous != Global && oldGuild is null)
            return true;
        var cleared = await rest.BulkOverwriteCommandsAsync(applicationId, oldGuild, [], ct);
        if (cleared.IsSuccess)
        {
            LogCleared(logger, previous);
            return true;
        }
        LogFailed(logger, "clear " + previous, cleared.Error, cleared.StatusCode, cleared.ErrorMessage);
        return IsPermanent(cleared);
    }

    private static async Task RememberAsync(ICommandRegistrationStore? store, string scopeKey, string hash, CancellationToken ct)
    {
        if (store is null)
            return;
        await store.SetHashAsync(scopeKey, hash, ct);
        await store.SetHashAsync(ScopeKey, scopeKey, ct);
    }

    /// <summary>A 4xx other than 429 will not change by retrying (a refused catalog, a guild we are not in).</summary>
    private static bool IsPermanent(DiscordResult result) =>
        result.StatusCode is >= 400 and < 500 and not 429 && result.Error != DiscordErrorKind.OutcomeUnknown;

    /// <summary>
    /// contexts and integration_types apply only to global commands (a guild command exists only in
    /// its guild, and Discord refuses BOT_DM there), so a catalog written for global use is sent to a
    /// dev guild without them.
    /// </summary>
    private static IReadOnlyList<ApplicationCommand> ForGuild(IReadOnlyList<ApplicationCommand> commands) =>
        [.. commands.Select(c => c with { Contexts = null, IntegrationTypes = null })];

    internal static string Hash(IReadOnlyList<ApplicationCommand> commands) =>
        Convert.ToHexStringLower(SHA256.HashData(JsonSerializer.SerializeToUtf8Bytes(commands, DiscordJsonContext.Default.IReadOnlyListApplicationCommand)));

    [LoggerMessage(EventId = 500, Level = LogLevel.Critical, Message = "Command catalog is invalid and was not registered: {Errors}")]
    private static partial void LogInvalidCatalog(ILogger logger, string errors);

    [LoggerMessage(EventId = 501, Level = LogLevel.Information, Message = "Commands unchanged for scope {Scope} (Discord holds the same); registration skipped")]
    private static partial void LogUnchanged(ILogger logger, string scope);

    [LoggerMessage(EventId = 502, Level = LogLevel.Information, Message = "Registered {Count} commands for scope {Scope}")]
    private static partial void LogRegistered(ILogger logger, int count, string scope);

    [LoggerMessage(EventId = 504, Level = LogLevel.Information, Message = "Shard {ShardId} leaves command registration to shard 0")]
    private static partial void LogLeftToShardZero(ILogger logger, int shardId);

    [LoggerMessage(EventId = 503, Level = LogLevel.Error, Message = "Registering commands ({Scope}) failed: {Error} (HTTP {Status}) {Message}")]
    private static partial void LogFailed(ILogger logger, string scope, DiscordErrorKind error, int status, string? message);

    [LoggerMessage(EventId = 505, Level = LogLevel.Warning, Message = "Command registration retrying in {Seconds} s (attempt {Attempt})")]
    private static partial void LogRetrying(ILogger logger, double seconds, int attempt);

    [LoggerMessage(EventId = 507, Level = LogLevel.Error, Message = "Registering commands failed in the host's store ({Error}: {Detail})")]
    private static partial void LogStoreFailed(ILogger logger, string error, string detail);

    [LoggerMessage(EventId = 506, Level = LogLevel.Information, Message = "Cleared the commands of the previous scope {Scope}")]
    private static partial void LogCleared(ILogger logger, string scope);
}
