using RunWell.Domain.GroupRuns;

namespace RunWell.Bot.Catalog;

public static partial class CommandCatalog
{
    public static readonly IReadOnlyList<Choice> RepeatChoices = [new("none", "none"), new("weekly", "weekly")];

    public static readonly IReadOnlyList<Choice> GroupRunCreators = [new("everyone", "everyone"), new("admins", "admins")];

    private static CommandSpec GroupRun() => new("grouprun", "Group runs: every pace welcome, walkers too")
    {
        Subcommands =
        [
            new("create", "Plan a group run: a Discord event plus an announcement with RSVP buttons")
            {
                Options =
                [
                    new("when", "When, in your time zone: sat 09:00, tomorrow 07:30, 2026-12-05 09:00", OptionKind.Text, Required: true)
                    {
                        MaxLength = 40,
                        Hint = "e.g. sat 09:00, tomorrow 07:30 or 2026-12-05 09:00",
                    },
                    new("where", "The meeting point", OptionKind.Text, Required: true)
                    {
                        MaxLength = GroupRunLimits.LocationMaxLength,
                        Hint = $"up to {GroupRunLimits.LocationMaxLength} characters",
                    },
                    new("minutes", "How long (default 30)", OptionKind.WholeNumber)
                    {
                        MinValue = GroupRunLimits.MinMinutes,
                        MaxValue = GroupRunLimits.MaxMinutes,
                        Hint = $"{GroupRunLimits.MinMinutes}–{GroupRunLimits.MaxMinutes}",
                    },
                    new("note", "Anything else runners should know", OptionKind.Text)
                    {
                        MaxLength = GroupRunLimits.NoteMaxLength,
                        Hint = $"up to {GroupRunLimits.NoteMaxLength} characters",
                    },
                    new("repeat", "Repeat every week until cancelled (default none)", OptionKind.Text) { Choices = RepeatChoices },
                ],
            },
            new("list", "Upcoming group runs"),
            new("cancel", "Cancel a group run (yours, or any for admins)")
            {
                Options = [new("run", "Which run", OptionKind.Text, Required: true) { Autocomplete = true, MaxLength = 20, Hint = "pick one from the list" }],
            },
            new("reminders", "Reminder DMs before group runs you said \"I'm in\" to")
            {
                Options = [new("setting", "on or off", OptionKind.Text, Required: true) { Choices = OnOffChoices }],
            },
        ],
    };
}
