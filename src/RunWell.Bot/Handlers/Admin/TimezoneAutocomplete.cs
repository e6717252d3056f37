using RunWell.Bot.Catalog;
using RunWell.Bot.Engine;
using RunWell.Domain.Time;

namespace RunWell.Bot.Handlers.Admin;

/// <summary>IANA zone suggestions while an admin types /runwell setup timezone.</summary>
internal sealed class TimezoneAutocomplete : IAutocompleteHandler
{
    public string Path => "runwell setup";

    public string OptionName => "timezone";

    public Task<IReadOnlyList<Choice>> SuggestAsync(AutocompleteRequest request, CancellationToken ct) =>
        Task.FromResult<IReadOnlyList<Choice>>([.. TimeZones.Suggest(request.Typed).Select(id => new Choice(id, id))]);
}
