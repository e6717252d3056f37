using RunWell.Domain.Clubs;

namespace RunWell.Bot.Catalog;

public static partial class CommandCatalog
{
    public static readonly IReadOnlyList<Choice> DayChoices =
    [
        new("monday", "monday"), new("tuesday", "tuesday"), new("wednesday", "wednesday"), new("thursday", "thursday"),
        new("friday", "friday"), new("saturday", "saturday"), new("sunday", "sunday"),
    ];

    public static readonly IReadOnlyList<Choice> PreviewChoices =
    [
        new("weekly summary", "summary"), new("buddy pairing", "pairing"), new("buddy check-in", "checkin"), new("nudges", "nudges"),
    ];

    private static OptionSpec Day(string name, string description) =>
        new(name, description, OptionKind.Text) { Choices = DayChoices };

    private static OptionSpec Time(string name, string description) =>
        new(name, description, OptionKind.Text) { MinLength = 1, MaxLength = 10, Hint = "24-hour time like 19:00 (7pm works too)" };

    private static CommandSpec Admin() => new("runwell", "Club settings (Manage Server)")
    {
        AdminOnly = true,
        Subcommands =
        [
            new("setup", "Club channel, time zone and the slot of each scheduled post")
            {
                Options =
                [
                    new("channel", "Where group posts go (needed the first time)", OptionKind.Channel),
                    new("timezone", "The server's time zone, e.g. Europe/London or a city (needed the first time)", OptionKind.Text)
                    {
                        Autocomplete = true,
                        MaxLength = 64,
                        Hint = "a time zone such as Europe/London, or a city",
                    },
                    Day("summary_day", "Weekly summary day (default sunday)"),
                    Time("summary_time", "Weekly summary time, HH:mm (default 18:00)"),
                    Day("pairing_day", "Buddy pairing day (default monday)"),
                    Time("pairing_time", "Buddy pairing time, HH:mm (default 09:00)"),
                    Day("checkin_day", "Buddy check-in day (default thursday)"),
                    Time("checkin_time", "Buddy check-in time, HH:mm (default 18:00)"),
                    Time("nudge_time", "Daily nudge time, 08:00–20:59 in each member's zone (default 17:00)"),
                    new("group_runs", "Who may create group runs (default everyone)", OptionKind.Text) { Choices = GroupRunCreators },
                ],
            },
            new("support", "The support/helpline text shown by /help and in nudges")
            {
                Options =
                [
                    new("text", "Support text (up to 1000 characters)", OptionKind.Text, Required: true)
                    {
                        MinLength = 1,
                        MaxLength = ClubDefaults.SupportTextMaxLength,
                        Hint = $"up to {ClubDefaults.SupportTextMaxLength} characters",
                    },
                ],
            },
            new("retention", "How long entries are kept")
            {
                Options =
                [
                    new("days", "Days to keep entries (default 365)", OptionKind.WholeNumber, Required: true)
                    {
                        MinValue = ClubDefaults.MinRetentionDays,
                        MaxValue = ClubDefaults.MaxRetentionDays,
                        Hint = $"{ClubDefaults.MinRetentionDays}–{ClubDefaults.MaxRetentionDays}",
                    },
                ],
            },
            new("status", "Current settings and when each post goes out next"),
            new("preview", "See exactly what a scheduled post would say right now, without posting it")
            {
                Options = [new("what", "Which post", OptionKind.Text, Required: true) { Choices = PreviewChoices }],
            },
        ],
    };
}
