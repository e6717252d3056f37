using RunWell.Bot.Catalog;
using RunWell.Bot.Engine;
using RunWell.Domain.Time;

namespace RunWell.Bot.Handlers;

/// <summary>IANA zone suggestions as a member or admin types a zone; one rule for every zone option.</summary>
internal sealed class TimeZoneAutocomplete(string path, string optionName) : IAutocompleteHandler
{
    public string Path => path;

    public string OptionName => optionName;

    public Task<IReadOnlyList<Choice>> SuggestAsync(AutocompleteRequest request, CancellationToken ct) =>
        Task.FromResult<IReadOnlyList<Choice>>([.. TimeZones.Suggest(request.Typed, Choice.MostSuggested).Select(id => new Choice(id, id))]);
}
