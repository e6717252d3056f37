using System.Globalization;
using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using RunWell.Discord.Json;

namespace RunWell.Discord.Commands;

/// <summary>
/// Registers the host's catalog after READY: validate, PUT to the dev guild (instant) or globally, and
/// skip the PUT when the catalog's hash matches the stored one. The hash is stored only after success,
/// so a failed PUT is retried on the next start.
/// </summary>
internal sealed partial class CommandRegistrar(
    IServiceScopeFactory scopes,
    IDiscordRest rest,
    IOptions<DiscordOptions> options,
    ILogger<CommandRegistrar> logger)
{
    public async Task<bool> RegisterAsync(ulong applicationId, CancellationToken ct)
    {
        if (!options.Value.RegistersCommands)
        {
            LogLeftToShardZero(logger, options.Value.ShardId ?? 0);
            return false;
        }

        await using var scope = scopes.CreateAsyncScope();
        var source = scope.ServiceProvider.GetService<ICommandSource>();
        if (source is null)
            return false;
        var commands = source.GetCommands();
        var errors = ApplicationCommandValidator.Validate(commands);
        if (errors.Count > 0)
        {
            var list = string.Join("; ", errors);
            LogInvalidCatalog(logger, list);
            throw new InvalidOperationException("The command catalog breaks Discord's rules: " + list);
        }

        var guildId = options.Value.DevGuildId;
        if (guildId is not null)
            commands = ForGuild(commands);
        var scopeKey = guildId?.ToString(CultureInfo.InvariantCulture) ?? "global";
        var hash = Hash(commands);
        var store = scope.ServiceProvider.GetService<ICommandRegistrationStore>();
        if (store is not null && await store.GetHashAsync(scopeKey, ct) == hash)
        {
            LogUnchanged(logger, scopeKey);
            return false;
        }

        var result = await rest.BulkOverwriteCommandsAsync(applicationId, guildId, commands, ct);
        if (!result.IsSuccess)
        {
            LogFailed(logger, scopeKey, result.Error, result.StatusCode, result.ErrorMessage);
            return false;
        }
        if (store is not null)
            await store.SetHashAsync(scopeKey, hash, ct);
        LogRegistered(logger, commands.Count, scopeKey);
        return true;
    }

    /// <summary>
    /// contexts and integration_types apply only to global commands (a guild command exists only in
    /// its guild, and Discord refuses BOT_DM there), so a catalog written for global use is sent to a
    /// dev guild without them. The hash is of what is sent, so switching scope re-registers.
    /// </summary>
    private static IReadOnlyList<ApplicationCommand> ForGuild(IReadOnlyList<ApplicationCommand> commands) =>
        [.. commands.Select(c => c with { Contexts = null, IntegrationTypes = null })];

    internal static string Hash(IReadOnlyList<ApplicationCommand> commands) =>
        Convert.ToHexStringLower(SHA256.HashData(JsonSerializer.SerializeToUtf8Bytes(commands, DiscordJsonContext.Default.IReadOnlyListApplicationCommand)));

    [LoggerMessage(EventId = 500, Level = LogLevel.Critical, Message = "Command catalog is invalid and was not registered: {Errors}")]
    private static partial void LogInvalidCatalog(ILogger logger, string errors);

    [LoggerMessage(EventId = 501, Level = LogLevel.Information, Message = "Commands unchanged for scope {Scope}; registration skipped")]
    private static partial void LogUnchanged(ILogger logger, string scope);

    [LoggerMessage(EventId = 502, Level = LogLevel.Information, Message = "Registered {Count} commands for scope {Scope}")]
    private static partial void LogRegistered(ILogger logger, int count, string scope);

    [LoggerMessage(EventId = 504, Level = LogLevel.Information, Message = "Shard {ShardId} leaves command registration to shard 0")]
    private static partial void LogLeftToShardZero(ILogger logger, int shardId);

    [LoggerMessage(EventId = 503, Level = LogLevel.Error, Message = "Registering commands for scope {Scope} failed: {Error} (HTTP {Status}) {Message}")]
    private static partial void LogFailed(ILogger logger, string scope, DiscordErrorKind error, int status, string? message);
}
