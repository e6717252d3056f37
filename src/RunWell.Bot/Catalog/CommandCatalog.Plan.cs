using RunWell.Domain.Plans;

namespace RunWell.Bot.Catalog;

public static partial class CommandCatalog
{
    public static readonly IReadOnlyList<Choice> OnOffChoices = [Choice.Localized("Choice_on", "on"), Choice.Localized("Choice_off", "off")];

    private static CommandSpec Plan() => new("plan", "Cmd_plan")
    {
        Subcommands =
        [
            new("set", "Cmd_plan_set")
            {
                Options =
                [
                    new("days", "Opt_plan_set_days", OptionKind.Text, Required: true)
                    {
                        MaxLength = PlanLimits.DaysMaxLength,
                        HintKey = "Hint_PlanDays",
                    },
                    new("time", "Opt_plan_set_time", OptionKind.Text) { MaxLength = 10, HintKey = "Hint_PlanTime" },
                    new("minutes", "Opt_plan_set_minutes", OptionKind.WholeNumber)
                    {
                        MinValue = PlanLimits.MinMinutes,
                        MaxValue = PlanLimits.MaxMinutes,
                    },
                    new("reminders", "Opt_plan_set_reminders", OptionKind.Toggle),
                    new("evening_before", "Opt_plan_set_evening_before", OptionKind.Toggle),
                ],
            },
            new("show", "Cmd_plan_show") { ReadOnly = true },
            new("clear", "Cmd_plan_clear"),
        ],
    };
}
