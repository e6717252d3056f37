using RunWell.Domain.GroupRuns;

namespace RunWell.Bot.Catalog;

public static partial class CommandCatalog
{
    public static readonly IReadOnlyList<Choice> RepeatChoices = [Choice.Localized("Choice_repeat_none", "none"), Choice.Localized("Choice_repeat_weekly", "weekly")];

    public static readonly IReadOnlyList<Choice> GroupRunCreators = [Choice.Localized("Choice_creators_everyone", "everyone"), Choice.Localized("Choice_creators_admins", "admins")];

    private static CommandSpec GroupRun() => new("grouprun", "Cmd_grouprun")
    {
        Subcommands =
        [
            new("create", "Cmd_grouprun_create")
            {
                Options =
                [
                    new("when", "Opt_grouprun_create_when", OptionKind.Text, Required: true) { MaxLength = 40, HintKey = "Hint_GroupRunWhen" },
                    new("where", "Opt_grouprun_create_where", OptionKind.Text, Required: true) { MaxLength = GroupRunLimits.LocationMaxLength },
                    new("minutes", "Opt_grouprun_create_minutes", OptionKind.WholeNumber)
                    {
                        MinValue = GroupRunLimits.MinMinutes,
                        MaxValue = GroupRunLimits.MaxMinutes,
                    },
                    new("note", "Opt_grouprun_create_note", OptionKind.Text) { MaxLength = GroupRunLimits.NoteMaxLength },
                    new("repeat", "Opt_grouprun_create_repeat", OptionKind.Text) { Choices = RepeatChoices },
                ],
            },
            new("list", "Cmd_grouprun_list") { ReadOnly = true },
            new("cancel", "Cmd_grouprun_cancel")
            {
                Options = [new("run", "Opt_grouprun_cancel_run", OptionKind.Text, Required: true) { Autocomplete = true, MaxLength = 20, HintKey = "Hint_GroupRunPick" }],
            },
            new("reminders", "Cmd_grouprun_reminders")
            {
                Options = [new("setting", "Opt_grouprun_reminders_setting", OptionKind.Text, Required: true) { Choices = OnOffChoices }],
            },
        ],
    };
}
