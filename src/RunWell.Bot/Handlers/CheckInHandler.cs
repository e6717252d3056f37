using RunWell.Bot.Copy;
using RunWell.Bot.Engine;
using RunWell.Bot.Presenters;
using RunWell.Domain.Messaging;
using RunWell.Domain.Entries;
using static RunWell.Bot.Words.Words;

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
            return Reply.Private(Problems.NothingSaved(outcome.Error!));
        }

        var checkIn = outcome.Value!.CheckIn;
        var ratings = new[]
        {
            Format.Change("Label_Mood", null, checkIn.Mood),
            Format.Change("Label_Stress", null, checkIn.Stress),
            Format.Change("Label_Energy", null, checkIn.Energy),
            Format.Change("Label_Sleep", null, checkIn.Sleep),
        }.OfType<string>();
        var lines = new List<RichText>
        {
            Rich("CheckIn_Saved", string.Join(" · ", ratings)),
            Rich("CheckIn_BecomesBefore"),
        };
        if (!string.IsNullOrWhiteSpace(checkIn.Concern))
        {
            lines.Add(Rich("CheckIn_ConcernKept"));
        }
        return Reply.Private(EntryReplies.Compose(lines, outcome.Value.Notes));
    }
}
