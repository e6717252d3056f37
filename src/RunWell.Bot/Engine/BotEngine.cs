using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using RunWell.Bot.Catalog;
using RunWell.Bot.Presenters;
using RunWell.Bot.Words;
using RunWell.Domain.Messaging;
using RunWell.Domain.Ports;
using static RunWell.Bot.Words.Words;

namespace RunWell.Bot.Engine;

/// <summary>
/// The one way in for every platform: find the command, check who may run it, validate options,
/// call the handler, and turn any failure into a short private apology. Scoped: one per interaction.
/// Every word of the answer is in the caller's language (their client's locale). <paramref name="handlers"/>
/// is the interaction's scope: only the handler the interaction needs is built, by its key (see
/// <see cref="HandlerRegistration"/>), not every handler with the services and stores behind it.
/// </summary>
public sealed partial class BotEngine(
    IServiceProvider handlers,
    ILogger<BotEngine> logger,
    IStorageFaults? storageFaults = null)
{
    public async Task<Reply> RunCommandAsync(CommandRequest request, CancellationToken ct)
    {
        using var language = Languages.Use(request.Caller.Locale);
        var spec = CommandCatalog.Find(request.Path);
        if (spec is null)
        {
            return Reply.Private(Rich("Engine_UnknownCommand", new CommandPart("/" + request.Path)));
        }

        if (request.Caller.GuildId is null)
        {
            return Reply.Private(Rich("Engine_ServerOnly"));
        }

        if (spec.AdminOnly && !request.Caller.CanManageServer)
        {
            return Reply.Private(Rich("Engine_AdminOnly"));
        }

        if (handlers.GetKeyedService<ICommandHandler>(request.Path) is not { } handler)
        {
            return Reply.Private(Rich("Engine_NotAvailable", new CommandPart("/" + request.Path)));
        }

        var validated = OptionValidator.Validate(request.Path, spec, request.Options);
        if (validated.Error is { } error)
        {
            return Reply.Private(spec.ReadOnly ? error : Problems.NothingSaved(error));
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
        using var language = Languages.Use(request.Caller.Locale);
        var parts = request.CustomId.Split(':');
        if (handlers.GetKeyedService<IComponentHandler>(parts[0]) is not { } handler)
        {
            return Reply.Private(Rich("Engine_ButtonExpired"));
        }

        if (request.Caller.GuildId is null && handler is not IDirectMessageComponent)
        {
            return Reply.Private(Rich("Engine_ServerOnly"));
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
        using var language = Languages.Use(request.Caller.Locale);
        var parts = request.CustomId.Split(':');
        if (handlers.GetKeyedService<IModalHandler>(parts[0]) is not { } handler)
        {
            return Reply.Private(Rich("Engine_FormExpired"));
        }

        if (request.Caller.GuildId is null)
        {
            return Reply.Private(Rich("Engine_ServerOnly"));
        }

        try
        {
            return await handler.HandleAsync(request, parts[1..], ct);
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !ct.IsCancellationRequested)
        {
            LogModalFailed(ex, parts[0]);
            return Reply.Private(FailureText(ex));
        }
    }

    /// <summary>The answer to a kind of interaction RunWell does not handle.</summary>
    public static Reply Unsupported(Caller caller)
    {
        using var language = Languages.Use(caller.Locale);
        return Reply.Private(Rich("Engine_Unsupported"));
    }

    public async Task<IReadOnlyList<Choice>> AutocompleteAsync(AutocompleteRequest request, CancellationToken ct)
    {
        using var language = Languages.Use(request.Caller.Locale);
        if (handlers.GetKeyedService<IAutocompleteHandler>(new AutocompleteKey(request.Path, request.Option)) is not { } handler)
        {
            return [];
        }

        try
        {
            return [.. (await handler.SuggestAsync(request, ct)).Take(Choice.MostSuggested)];
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !ct.IsCancellationRequested)
        {
            LogAutocompleteFailed(ex, request.Path, request.Option);
            return [];
        }
    }


    /// <summary>A database that stayed locked past Database:BusyTimeout (rolled back) is said as such; anything else is the apology.</summary>
    private RichText FailureText(Exception ex) => Rich(storageFaults?.IsBusy(ex) == true ? "Engine_CouldNotSave" : "Engine_Apology");

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
