using RunWell.Bot.Copy;
using RunWell.Domain.Plans;

namespace RunWell.Bot.Handlers.Plans;

internal sealed class PlanSkipButton(PlanReminderAnswers answers) : PlanButton(answers, PlanAnswer.NotToday)
{
    public override string Prefix => PlanReminderCopy.SkipPrefix;
}
