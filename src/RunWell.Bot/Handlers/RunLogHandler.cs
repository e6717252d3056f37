using RunWell.Bot.Copy;
using RunWell.Bot.Engine;
using RunWell.Bot.Presenters;
using RunWell.Domain.Messaging;
using RunWell.Domain.Entries;
using static RunWell.Bot.Words.Words;

namespace RunWell.Bot.Handlers;

/// <summary>/run log minutes [kind] [mood] [stress] [energy] [helped] [note] [distance_km] [when].</summary>
internal sealed class RunLogHandler(EntryService entries) : ICommandHandler
{
    public string Path => "run log";

    public async Task<Reply> HandleAsync(CommandContext context, CancellationToken ct)
    {
        var input = context.Input;
        var outcome = await entries.LogRunAsync(
            new LogRunRequest(
                context.Caller.Member,
                input.RequiredWhole("minutes"),
                Format.ParseKind(input.Text("kind")),
                input.Whole("mood"),
                input.Whole("stress"),
                input.Whole("energy"),
                Format.ParseHelped(input.Text("helped")),
                input.Text("note"),
                input.Fractional("distance_km"),
                input.Text("when"),
                context.InteractionId),
            ct);

        if (!outcome.Ok)
        {
            return Reply.Private(Problems.NothingSaved(outcome.Error!));
        }

        var (run, before, notes) = outcome.Value!;
        var lines = new List<RichText>
        {
            Rich(run.IsMicroRun ? "Run_LoggedMicro" : "Run_Logged", run.Minutes, Format.Kind(run.Kind), Dates.DayAndTime(run.LocalDate, run.LocalTime)),
        };

        var changes = new[]
        {
            Format.Change("Label_Mood", before?.Mood, run.MoodAfter),
            Format.Change("Label_Stress", before?.Stress, run.StressAfter),
            Format.Change("Label_Energy", before?.Energy, run.EnergyAfter),
        }.OfType<string>().ToList();
        if (changes.Count > 0)
        {
            lines.Add(Rich(before is null ? "Run_Changes" : "Run_ChangesWithBefore", string.Join(" · ", changes)));
        }

        if (run.Helped is { } helped)
        {
            lines.Add(Rich("Run_Helped", Format.Helped(helped)));
        }

        if (!string.IsNullOrWhiteSpace(run.Note))
        {
            lines.Add(Rich("Run_NoteKept"));
        }

        lines.Add(Encouragement.For(run.Id, run.IsMicroRun));
        lines.AddRange(outcome.Value!.Milestones.Select(m => (RichText)MilestoneCopy.Line(m)));
        return Reply.Private(EntryReplies.Compose(lines, notes));
    }
}
