using RunWell.Domain.Members;

namespace RunWell.Bot.Catalog;

public static partial class CommandCatalog
{
    private static CommandSpec Buddy() => new("buddy", "Weekly buddy pairing: opt in or out, see your buddy")
    {
        Subcommands =
        [
            new("join", "Join the weekly buddy pairing"),
            new("leave", "Leave the buddy pairing"),
            new("status", "See your current buddy"),
        ],
    };

    private static CommandSpec Nudge() => new("nudge", "Gentle micro-run nudges by DM when you have been quiet")
    {
        Subcommands =
        [
            new("on", "Get a gentle nudge after some quiet days")
            {
                Options =
                [
                    new("after_days", "Quiet days before a nudge (default 4)", OptionKind.WholeNumber)
                    {
                        MinValue = MemberDefaults.MinNudgeAfterDays,
                        MaxValue = MemberDefaults.MaxNudgeAfterDays,
                        Hint = $"{MemberDefaults.MinNudgeAfterDays}–{MemberDefaults.MaxNudgeAfterDays}",
                    },
                    new("if_dms_closed", "If your DMs are closed: skip (default), or mention you in the club channel", OptionKind.Text)
                    {
                        Choices = [new("skip", "skip"), new("mention me in the club channel", "mention")],
                    },
                ],
            },
            new("off", "Stop nudges"),
        ],
    };

    private static CommandSpec Pause() => new("pause", "Take a break (injury, illness, holiday): pauses nudges and buddy pairing")
    {
        Options =
        [
            new("days", "How long (default 7, up to 60)", OptionKind.WholeNumber)
            {
                MinValue = 1,
                MaxValue = MemberDefaults.MaxPauseDays,
                Hint = $"1–{MemberDefaults.MaxPauseDays}",
            },
            new("reason", "Optional, private (e.g. injury, holiday)", OptionKind.Text)
            {
                MaxLength = MemberDefaults.PauseReasonMaxLength,
                Hint = $"up to {MemberDefaults.PauseReasonMaxLength} characters",
            },
            new("keep_slots", "Keep your plan's slot reminders; they will suggest an easy walk", OptionKind.Toggle),
        ],
    };

    private static CommandSpec Resume() => new("resume", "End your pause early");
}
