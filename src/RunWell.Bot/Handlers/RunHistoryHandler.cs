using RunWell.Bot.Copy;
using RunWell.Bot.Engine;
using RunWell.Domain.Entries;
using static RunWell.Bot.Words.Words;

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
            return Reply.Private(Rich("History_Empty"));
        }

        var heading = recent.Count == 1 ? Rich("History_HeadingOne") : Rich("History_Heading", recent.Count);
        return Reply.Private(heading + "\n" + string.Join('\n', recent.Select(EntryLines.Describe)));
    }
}
