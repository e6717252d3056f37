using RunWell.Bot.Copy;
using RunWell.Bot.Engine;
using RunWell.Domain.Entries;
using static RunWell.Bot.Words.Words;

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
            return Reply.Private(Rich("Undo_Nothing"));
        }

        var heading = Rich(removed.Run is null ? "Undo_RemovedCheckIn" : "Undo_RemovedRun");
        return Reply.Private(heading + "\n" + EntryLines.Describe(removed));
    }
}
