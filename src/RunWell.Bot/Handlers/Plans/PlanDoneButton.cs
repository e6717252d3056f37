using RunWell.Bot.Copy;
using RunWell.Domain.Plans;

namespace RunWell.Bot.Handlers.Plans;

internal sealed class PlanDoneButton(PlanReminderAnswers answers) : PlanButton(answers, PlanAnswer.Done)
{
    public override string Prefix => PlanReminderCopy.DonePrefix;
}
