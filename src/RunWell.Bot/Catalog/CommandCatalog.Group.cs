using RunWell.Domain.Members;

namespace RunWell.Bot.Catalog;

public static partial class CommandCatalog
{
    private static CommandSpec Buddy() => new("buddy", "Cmd_buddy")
    {
        Subcommands =
        [
            new("join", "Cmd_buddy_join"),
            new("leave", "Cmd_buddy_leave"),
            new("status", "Cmd_buddy_status") { ReadOnly = true },
        ],
    };

    private static CommandSpec Nudge() => new("nudge", "Cmd_nudge")
    {
        Subcommands =
        [
            new("on", "Cmd_nudge_on")
            {
                Options =
                [
                    new("after_days", "Opt_nudge_on_after_days", OptionKind.WholeNumber)
                    {
                        MinValue = MemberDefaults.MinNudgeAfterDays,
                        MaxValue = MemberDefaults.MaxNudgeAfterDays,
                    },
                    new("if_dms_closed", "Opt_nudge_on_if_dms_closed", OptionKind.Text)
                    {
                        Choices = [Choice.Localized("Choice_dms_skip", "skip"), Choice.Localized("Choice_dms_mention", "mention")],
                    },
                ],
            },
            new("off", "Cmd_nudge_off"),
        ],
    };

    private static CommandSpec Pause() => new("pause", "Cmd_pause")
    {
        Options =
        [
            new("days", "Opt_pause_days", OptionKind.WholeNumber)
            {
                MinValue = 1,
                MaxValue = MemberDefaults.MaxPauseDays,
            },
            new("reason", "Opt_pause_reason", OptionKind.Text) { MaxLength = MemberDefaults.PauseReasonMaxLength },
            new("keep_slots", "Opt_pause_keep_slots", OptionKind.Toggle),
        ],
    };

    private static CommandSpec Resume() => new("resume", "Cmd_resume");
}
