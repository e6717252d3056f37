using Microsoft.Extensions.Logging;
using RunWell.Bot.Catalog;
using RunWell.Domain.Messaging;
using RunWell.Domain.Ports;

namespace RunWell.Bot.Engine;

/// <summary>
/// The one way in for every platform: find the command, check who may run it, validate options,
/// call the handler, and turn any failure into a short private apology. Scoped: one per interaction.
/// </summary>
public sealed partial class BotEngine(
    IEnumerable<ICommandHandler> commandHandlers,
    IEnumerable<IComponentHandler> componentHandlers,
    IEnumerable<IAutocompleteHandler> autocompleteHandlers,
    IEnumerable<IModalHandler> modalHandlers,
    ILogger<BotEngine> logger,
    IStorageFaults? storageFaults = null)
{
    public const string Apology = "Sorry — something went wrong on my side and nothing was changed. Please try again in a moment.";
    public const string ServerOnly = "RunWell works inside a server: use its commands in your club's server.";
    /// <summary>The database stayed locked past Database:BusyTimeout; the transaction was rolled back.</summary>
    public const string CouldNotSave = "I couldn't save that just now — nothing changed, please try again.";
    public const string AdminOnly = "Only club admins (Manage Server) can change RunWell's settings. Nothing was changed.";

    private readonly Dictionary<string, ICommandHandler> _commands = commandHandlers.ToDictionary(h => h.Path, StringComparer.Ordinal);
    private readonly Dictionary<string, IComponentHandler> _components = componentHandlers.ToDictionary(h => h.Prefix, StringComparer.Ordinal);
    private readonly Dictionary<string, IModalHandler> _modals = modalHandlers.ToDictionary(h => h.Prefix, StringComparer.Ordinal);
    private readonly Dictionary<(string, string), IAutocompleteHandler> _autocomplete = autocompleteHandlers.ToDictionary(h => (h.Path, h.OptionName));

    /// <summary>Whether the reply to a path will be private, known before it runs (for deferring).</summary>
    public static bool IsEphemeral(string path) => CommandCatalog.Find(path)?.Ephemeral ?? true;

    public async Task<Reply> RunCommandAsync(CommandRequest request, CancellationToken ct)
    {
        var spec = CommandCatalog.Find(request.Path);
        if (spec is null)
        {
            return Reply.Private($"I don't know /{request.Path}. Try /help to see what RunWell can do.");
        }

        if (request.Caller.GuildId is null)
        {
            return Reply.Private(ServerOnly);
        }

        if (spec.AdminOnly && !request.Caller.CanManageServer)
        {
            return Reply.Private(AdminOnly);
        }

        if (!_commands.TryGetValue(request.Path, out var handler))
        {
            return Reply.Private($"/{request.Path} isn't available in this version of RunWell. Try /help.");
        }

        var validated = OptionValidator.Validate(request.Path, spec, request.Options);
        if (validated.Error is not null)
        {
            return Reply.Private(validated.Error + " Nothing was saved.");
        }

        try
        {
            return await handler.HandleAsync(new CommandContext(request, validated.Input!), ct);
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !ct.IsCancellationRequested)
        {
            // Only the path is logged: option values may be moods or private notes.
            LogCommandFailed(ex, request.Path);
            return Reply.Private(FailureText(ex));
        }
    }

    public async Task<Reply> RunComponentAsync(ComponentRequest request, CancellationToken ct)
    {
        var parts = request.CustomId.Split(':');
        if (!_components.TryGetValue(parts[0], out var handler))
        {
            return Reply.Private("That button has expired. Run the command again to get a fresh one.");
        }

        if (request.Caller.GuildId is null && handler is not IDirectMessageComponent)
        {
            return Reply.Private(ServerOnly);
        }

        try
        {
            return await handler.HandleAsync(request, parts[1..], ct);
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !ct.IsCancellationRequested)
        {
            LogComponentFailed(ex, parts[0]);
            return Reply.Private(FailureText(ex));
        }
    }

    public async Task<Reply> RunModalAsync(ModalRequest request, CancellationToken ct)
    {
        var parts = request.CustomId.Split(':');
        if (!_modals.TryGetValue(parts[0], out var handler))
        {
            return Reply.Private("That form has expired. Nothing was saved.");
        }

        if (request.Caller.GuildId is null)
        {
            return Reply.Private(ServerOnly);
        }

        try
        {
            return await handler.HandleAsync(request, parts[1..], ct);
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !ct.IsCancellationRequested)
        {
            LogModalFailed(ex, parts[0]);
            return Reply.Private(Apology);
        }
    }

    public async Task<IReadOnlyList<Choice>> AutocompleteAsync(AutocompleteRequest request, CancellationToken ct)
    {
        if (!_autocomplete.TryGetValue((request.Path, request.Option), out var handler))
        {
            return [];
        }

        try
        {
            return [.. (await handler.SuggestAsync(request, ct)).Take(25)];
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !ct.IsCancellationRequested)
        {
            LogAutocompleteFailed(ex, request.Path, request.Option);
            return [];
        }
    }

    private string FailureText(Exception ex) => storageFaults?.IsBusy(ex) == true ? CouldNotSave : Apology;

    [LoggerMessage(Level = LogLevel.Error, Message = "Command /{Path} failed")]
    private partial void LogCommandFailed(Exception ex, string path);

    [LoggerMessage(Level = LogLevel.Error, Message = "Button {Prefix} failed")]
    private partial void LogComponentFailed(Exception ex, string prefix);

    [LoggerMessage(Level = LogLevel.Error, Message = "Form {Prefix} failed")]
    private partial void LogModalFailed(Exception ex, string prefix);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Autocomplete for /{Path} {Option} failed")]
    private partial void LogAutocompleteFailed(Exception ex, string path, string option);
}

/// <summary>Marks button handlers that also work in a DM (e.g. "Stop nudges" on a nudge).</summary>
public interface IDirectMessageComponent;
