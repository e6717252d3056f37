using RunWell.Bot.Copy;
using RunWell.Bot.Engine;
using RunWell.Domain.Entries;

namespace RunWell.Bot.Handlers;

/// <summary>/run history: the member's last 10 entries in this server, newest first.</summary>
internal sealed class RunHistoryHandler(EntryHistoryService history) : ICommandHandler
{
    public string Path => "run history";

    public async Task<Reply> HandleAsync(CommandContext context, CancellationToken ct)
    {
        var recent = await history.RecentAsync(context.Caller.Member, ct);
        if (recent.Count == 0)
        {
            return Reply.Private("No entries yet. `/run log minutes:10` or `/checkin` gets you started; 5 minutes counts. 🌱");
        }

        var lines = recent.Select(EntryLines.Describe);
        return Reply.Private($"Your last {recent.Count} {(recent.Count == 1 ? "entry" : "entries")} (only you see this):\n" + string.Join('\n', lines));
    }
}
