using System.Globalization;
using RunWell.Bot.Catalog;
using RunWell.Bot.Copy;
using RunWell.Bot.Engine;
using RunWell.Domain.GroupRuns;

namespace RunWell.Bot.Handlers.GroupRuns;

/// <summary>Only the runs the caller may cancel: their own, or every upcoming one for an admin.</summary>
internal sealed class GroupRunCancelAutocomplete(GroupRunService runs) : IAutocompleteHandler
{
    public string Path => "grouprun cancel";

    public string OptionName => "run";

    public async Task<IReadOnlyList<Choice>> SuggestAsync(AutocompleteRequest request, CancellationToken ct)
    {
        if (request.Caller.GuildId is not { } guildId)
        {
            return [];
        }

        var typed = request.Typed.Trim();
        return [.. (await runs.CancellableAsync(guildId, request.Caller.UserId, request.Caller.CanManageServer, ct))
            .Select(r => new Choice(GroupRunCopy.LocalLabel(r), r.Id.ToString(CultureInfo.InvariantCulture)))
            .Where(c => typed.Length == 0 || c.Name.Contains(typed, StringComparison.OrdinalIgnoreCase))];
    }
}
