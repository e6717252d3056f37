using RunWell.Domain.Clubs;

namespace RunWell.Bot.Catalog;

public static partial class CommandCatalog
{
    public static readonly IReadOnlyList<Choice> DayChoices =
    [
        Choice.Localized("Choice_day_monday", "monday"), Choice.Localized("Choice_day_tuesday", "tuesday"),
        Choice.Localized("Choice_day_wednesday", "wednesday"), Choice.Localized("Choice_day_thursday", "thursday"),
        Choice.Localized("Choice_day_friday", "friday"), Choice.Localized("Choice_day_saturday", "saturday"),
        Choice.Localized("Choice_day_sunday", "sunday"),
    ];

    public static readonly IReadOnlyList<Choice> PreviewChoices =
    [
        Choice.Localized("Choice_preview_summary", "summary"), Choice.Localized("Choice_preview_pairing", "pairing"),
        Choice.Localized("Choice_preview_checkin", "checkin"), Choice.Localized("Choice_preview_nudges", "nudges"),
        Choice.Localized("Choice_preview_last_summary", "last_summary"),
    ];

    private static OptionSpec Day(string name, string descriptionKey) =>
        new(name, descriptionKey, OptionKind.Text) { Choices = DayChoices };

    private static OptionSpec Time(string name, string descriptionKey) =>
        new(name, descriptionKey, OptionKind.Text) { MinLength = 1, MaxLength = 10, HintKey = "Hint_Time" };

    private static CommandSpec Admin() => new("runwell", "Cmd_runwell")
    {
        AdminOnly = true,
        Subcommands =
        [
            new("setup", "Cmd_runwell_setup")
            {
                Options =
                [
                    new("channel", "Opt_runwell_setup_channel", OptionKind.Channel),
                    new("timezone", "Opt_runwell_setup_timezone", OptionKind.Text)
                    {
                        Autocomplete = true,
                        MaxLength = 64,
                        HintKey = "Hint_Zone",
                    },
                    Day("summary_day", "Opt_runwell_setup_summary_day"),
                    Time("summary_time", "Opt_runwell_setup_summary_time"),
                    Day("pairing_day", "Opt_runwell_setup_pairing_day"),
                    Time("pairing_time", "Opt_runwell_setup_pairing_time"),
                    Day("checkin_day", "Opt_runwell_setup_checkin_day"),
                    Time("checkin_time", "Opt_runwell_setup_checkin_time"),
                    Time("nudge_time", "Opt_runwell_setup_nudge_time"),
                    new("group_runs", "Opt_runwell_setup_group_runs", OptionKind.Text) { Choices = GroupRunCreators },
                ],
            },
            new("support", "Cmd_runwell_support")
            {
                Options =
                [
                    new("text", "Opt_runwell_support_text", OptionKind.Text, Required: true)
                    {
                        MinLength = 1,
                        MaxLength = ClubDefaults.SupportTextMaxLength,
                    },
                ],
            },
            new("retention", "Cmd_runwell_retention")
            {
                Options =
                [
                    new("days", "Opt_runwell_retention_days", OptionKind.WholeNumber, Required: true)
                    {
                        MinValue = ClubDefaults.MinRetentionDays,
                        MaxValue = ClubDefaults.MaxRetentionDays,
                    },
                ],
            },
            new("status", "Cmd_runwell_status") { ReadOnly = true },
            new("preview", "Cmd_runwell_preview")
            {
                ReadOnly = true,
                Options = [new("what", "Opt_runwell_preview_what", OptionKind.Text, Required: true) { Choices = PreviewChoices }],
            },
        ],
    };
}
