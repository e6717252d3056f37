using RunWell.Bot.Catalog;

namespace RunWell.Bot.Engine;

/// <summary>The validated command a handler receives.</summary>
public sealed record CommandContext(CommandRequest Request, CommandInput Input)
{
    public Caller Caller => Request.Caller;

    public string InteractionId => Request.InteractionId;
}

/// <summary>One slash command path. Handlers are thin: parse, call one domain service, render.</summary>
public interface ICommandHandler
{
    /// <summary>The catalog path it serves, e.g. "run log".</summary>
    string Path { get; }

    Task<Reply> HandleAsync(CommandContext context, CancellationToken ct);
}

/// <summary>Buttons whose id starts with <see cref="Prefix"/> and a colon.</summary>
public interface IComponentHandler
{
    string Prefix { get; }

    /// <param name="args">The parts of the id after the prefix.</param>
    Task<Reply> HandleAsync(ComponentRequest request, IReadOnlyList<string> args, CancellationToken ct);
}

/// <summary>Suggestions for one option of one command.</summary>
public interface IAutocompleteHandler
{
    string Path { get; }

    string OptionName { get; }

    Task<IReadOnlyList<Choice>> SuggestAsync(AutocompleteRequest request, CancellationToken ct);
}
