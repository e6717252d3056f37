using System.Globalization;
using RunWell.Domain.Entries;
using RunWell.Domain.Members;
using RunWell.Domain.Ports;

namespace RunWell.Domain.Plans;

public enum PlanAnswerStatus
{
    Answered,
    AlreadyAnswered,
    NotFound,
}

/// <param name="Answer">The answer now on record (the first one, when the button was pressed again).</param>
/// <param name="Logged">The run or walk a "Done" or "Just a walk" press logged.</param>
public sealed record PlanAnswerResult(PlanAnswerStatus Status, PlanAnswer Answer, RunLogged? Logged = null);

/// <summary>
/// The three buttons of a slot reminder. The first press answers the reminder; any later press (a double
/// tap, another button) changes nothing, so one reminder logs at most one run. The run goes through
/// <see cref="EntryService"/> like /run log, with a source id naming the reminder as a second guard.
/// </summary>
public sealed class PlanReminderAnswers(IPlanStore plans, EntryService entries, IUnitOfWork unitOfWork, TimeProvider time)
{
    public async Task<PlanAnswerResult> AnswerAsync(MemberRef who, DateOnly slotDate, PlanAnswer answer, CancellationToken ct)
    {
        var reminder = await plans.FindReminderAsync(who.GuildId, who.UserId, slotDate, ct);
        if (reminder is null)
        {
            return new PlanAnswerResult(PlanAnswerStatus.NotFound, PlanAnswer.None);
        }

        if (reminder.Answer != PlanAnswer.None)
        {
            return new PlanAnswerResult(PlanAnswerStatus.AlreadyAnswered, reminder.Answer);
        }

        reminder.Answer = answer;
        reminder.AnsweredAtUtc = time.GetUtcNow().UtcDateTime;
        if (answer is not (PlanAnswer.Done or PlanAnswer.Walk))
        {
            await unitOfWork.SaveChangesAsync(ct);
            return new PlanAnswerResult(PlanAnswerStatus.Answered, answer);
        }

        // Saved together with the answer (one unit of work), so an answered reminder always has its run.
        var outcome = await entries.LogRunAsync(
            new LogRunRequest(who, reminder.Minutes, answer == PlanAnswer.Walk ? RunKind.Walk : RunKind.Run,
                null, null, null, null, null, null, null, SourceId(reminder.Id)),
            ct);
        if (!outcome.Ok)
        {
            throw new InvalidOperationException("A reminder's planned minutes were refused: " + outcome.Error);
        }

        reminder.RunId = outcome.Value!.Run.Id;
        await unitOfWork.SaveChangesAsync(ct);
        return new PlanAnswerResult(PlanAnswerStatus.Answered, answer, outcome.Value);
    }

    /// <summary>Unique per reminder across every server (the run's source id is unique on its own).</summary>
    public static string SourceId(long reminderId) => "plan-" + reminderId.ToString(CultureInfo.InvariantCulture);
}
