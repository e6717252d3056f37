namespace RunWell.Bot.Engine;

/// <summary>One short text field of a form; left empty when optional.</summary>
public sealed record ModalField(string Id, string Label, int MaxLength, string? Placeholder = null, bool Required = false);

/// <summary>A small form the platform shows (Discord's native modal; the console prints it).</summary>
/// <param name="Id">Routes the submission back to a handler ("prefix:args"), like a button id.</param>
public sealed record ModalForm(string Id, string Title, IReadOnlyList<ModalField> Fields);

/// <summary>A submitted form: its id and the typed values by field id.</summary>
public sealed record ModalRequest(string CustomId, Caller Caller, IReadOnlyDictionary<string, string> Values);

/// <summary>Forms whose id starts with <see cref="Prefix"/> and a colon.</summary>
public interface IModalHandler
{
    string Prefix { get; }

    Task<Reply> HandleAsync(ModalRequest request, IReadOnlyList<string> args, CancellationToken ct);
}
