using RunWell.Bot.Copy;
using RunWell.Bot.Engine;
using RunWell.Domain.Entries;

namespace RunWell.Bot.Handlers;

/// <summary>/checkin mood stress energy [sleep] [concern].</summary>
internal sealed class CheckInHandler(EntryService entries) : ICommandHandler
{
    public string Path => "checkin";

    public async Task<Reply> HandleAsync(CommandContext context, CancellationToken ct)
    {
        var input = context.Input;
        var outcome = await entries.LogCheckInAsync(
            new LogCheckInRequest(
                context.Caller.Member,
                input.RequiredWhole("mood"),
                input.RequiredWhole("stress"),
                input.RequiredWhole("energy"),
                input.Whole("sleep"),
                input.Text("concern"),
                When: null,
                context.InteractionId),
            ct);

        if (!outcome.Ok)
        {
            return Reply.Private(outcome.Error! + " Nothing was saved.");
        }

        var checkIn = outcome.Value!.CheckIn;
        var sleep = checkIn.Sleep is { } s ? $" · sleep {s}" : "";
        var lines = new List<string>
        {
            $"Check-in saved: mood {checkIn.Mood} · stress {checkIn.Stress} · energy {checkIn.Energy}{sleep}.",
            "If you run in the next 3 hours, this becomes its \"before\".",
        };
        return Reply.Private(EntryReplies.Compose(lines, outcome.Value.Notes));
    }
}
