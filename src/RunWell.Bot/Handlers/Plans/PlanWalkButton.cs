using RunWell.Bot.Copy;
using RunWell.Domain.Plans;

namespace RunWell.Bot.Handlers.Plans;

internal sealed class PlanWalkButton(PlanReminderAnswers answers) : PlanButton(answers, PlanAnswer.Walk)
{
    public override string Prefix => PlanReminderCopy.WalkPrefix;
}
