using RunWell.Bot.Copy;
using RunWell.Bot.Engine;
using RunWell.Domain.Entries;

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
            return Reply.Private(outcome.Error! + " Nothing was saved.");
        }

        var (run, before, notes) = outcome.Value!;
        var micro = run.IsMicroRun ? " (a micro-run!)" : "";
        var lines = new List<string>
        {
            $"Logged {run.Minutes} min {Format.Kind(run.Kind)}{micro} on {Format.LocalWhen(run.LocalDate, run.LocalTime)}.",
        };

        var changes = new[]
        {
            Format.Change("mood", before?.Mood, run.MoodAfter),
            Format.Change("stress", before?.Stress, run.StressAfter),
            Format.Change("energy", before?.Energy, run.EnergyAfter),
        }.OfType<string>().ToList();
        if (changes.Count > 0)
        {
            lines.Add(string.Join(" · ", changes) + (before is null ? "" : " (before from your check-in)") + ".");
        }

        if (run.Helped is { } helped)
        {
            lines.Add($"What helped: {Format.Helped(helped)}.");
        }

        lines.Add(Encouragement.For(run.Id, run.IsMicroRun));
        lines.AddRange(outcome.Value!.Milestones.Select(MilestoneCopy.Line));
        return Reply.Private(EntryReplies.Compose(lines, notes));
    }
}
