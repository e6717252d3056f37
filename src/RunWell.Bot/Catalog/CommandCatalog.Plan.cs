using RunWell.Domain.Plans;

namespace RunWell.Bot.Catalog;

public static partial class CommandCatalog
{
    public static readonly IReadOnlyList<Choice> OnOffChoices = [new("on", "on"), new("off", "off")];

    private static CommandSpec Plan() => new("plan", "A gentle weekly plan: the days and time that anchor your week")
    {
        Subcommands =
        [
            new("set", "Set your anchor slots, e.g. days: tue thu sat  time: 07:00. 5 minutes counts.")
            {
                Options =
                [
                    new("days", "Days, e.g. tue thu sat, mar jue sáb, or with times: tue 07:00 sat 09:30", OptionKind.Text, Required: true)
                    {
                        MaxLength = PlanLimits.DaysMaxLength,
                        Hint = "day names such as tue thu sat (English or Spanish)",
                    },
                    new("time", "HH:mm in your time zone, for days without their own time (e.g. 07:00)", OptionKind.Text)
                    {
                        MaxLength = 10,
                        Hint = "HH:mm, e.g. 07:00",
                    },
                    new("minutes", "Minutes per slot (default 15, 5–120); a walk counts", OptionKind.WholeNumber)
                    {
                        MinValue = PlanLimits.MinMinutes,
                        MaxValue = PlanLimits.MaxMinutes,
                        Hint = $"{PlanLimits.MinMinutes}–{PlanLimits.MaxMinutes}",
                    },
                    new("reminders", "A DM at each slot (default off; never 21:00–08:00)", OptionKind.Toggle),
                    new("evening_before", "For a slot between 21:00 and 08:00: a reminder at 20:00 the evening before", OptionKind.Toggle),
                ],
            },
            new("show", "See your plan and your next slots"),
            new("clear", "Remove your plan and its reminders"),
        ],
    };
}
