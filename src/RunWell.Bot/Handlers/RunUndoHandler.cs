using RunWell.Bot.Copy;
using RunWell.Bot.Engine;
using RunWell.Domain.Entries;

namespace RunWell.Bot.Handlers;

/// <summary>/run undo: removes the member's most recently logged run or check-in and says which.</summary>
internal sealed class RunUndoHandler(EntryHistoryService history) : ICommandHandler
{
    public string Path => "run undo";

    public async Task<Reply> HandleAsync(CommandContext context, CancellationToken ct)
    {
        var removed = await history.UndoLastAsync(context.Caller.Member, ct);
        if (removed is null)
        {
            return Reply.Private("There is nothing to undo: you have no entries in this server.");
        }

        var what = removed.Run is null ? "check-in" : "run";
        return Reply.Private($"Removed your last {what}:\n{EntryLines.Describe(removed)}");
    }
}
