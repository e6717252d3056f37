using RunWell.Domain.Entries;

namespace RunWell.Bot.Catalog;

public static partial class CommandCatalog
{
    private static OptionSpec Rating(string name, string description, bool required = false) =>
        new(name, description, OptionKind.WholeNumber, required)
        {
            MinValue = EntryLimits.MinRating,
            MaxValue = EntryLimits.MaxRating,
            Hint = $"{EntryLimits.MinRating}–{EntryLimits.MaxRating}",
        };

    private static CommandSpec CheckIn() => new("checkin", "How are you right now? Mood, stress and energy, 1–10. Private to you.")
    {
        Options =
        [
            Rating("mood", "Mood 1 (very low) – 10 (great)", required: true),
            Rating("stress", "Stress 1 (calm) – 10 (overwhelmed)", required: true),
            Rating("energy", "Energy 1 (drained) – 10 (buzzing)", required: true),
            Rating("sleep", "Last night's sleep 1 (awful) – 10 (great)"),
            new("concern", "One sentence on what is on your mind (private)", OptionKind.Text)
            {
                MaxLength = EntryLimits.ConcernMaxLength,
                Hint = $"up to {EntryLimits.ConcernMaxLength} characters",
            },
        ],
    };

    /// <summary>The values members pick for <c>kind</c>; jog-walk is running.</summary>
    public static readonly IReadOnlyList<Choice> KindChoices =
    [
        new("run", "run"), new("jog-walk", "jog-walk"), new("walk", "walk"), new("other", "other"),
    ];

    public static readonly IReadOnlyList<Choice> HelpedChoices =
    [
        new("pace", "pace"), new("route", "route"), new("time of day", "time-of-day"), new("company", "company"), new("other", "other"),
    ];

    private static CommandSpec RunGroup() => new("run", "Log a run, undo the last entry, or see your history")
    {
        Subcommands =
        [
            new("log", "Log a run, jog-walk or walk. 5 minutes counts: starting is the success.")
            {
                Options =
                [
                    new("minutes", "How long, in minutes", OptionKind.WholeNumber, Required: true)
                    {
                        MinValue = EntryLimits.MinMinutes,
                        MaxValue = EntryLimits.MaxMinutes,
                        Hint = $"{EntryLimits.MinMinutes}–{EntryLimits.MaxMinutes}",
                    },
                    new("kind", "run, jog-walk, walk or other (default run)", OptionKind.Text) { Choices = KindChoices },
                    Rating("mood", "Mood after, 1–10"),
                    Rating("stress", "Stress after, 1–10"),
                    Rating("energy", "Energy after, 1–10"),
                    new("helped", "What helped most", OptionKind.Text) { Choices = HelpedChoices },
                    new("note", "A short note on what helped (private)", OptionKind.Text)
                    {
                        MaxLength = EntryLimits.NoteMaxLength,
                        Hint = $"up to {EntryLimits.NoteMaxLength} characters",
                    },
                    new("distance_km", "Optional; never ranked", OptionKind.Fractional)
                    {
                        MinValue = EntryLimits.MinDistanceKm,
                        MaxValue = EntryLimits.MaxDistanceKm,
                        Hint = "0.1–200",
                    },
                    new("when", "If not now: e.g. yesterday 18:30, mon 7am, this morning, 3 hours ago (up to 7 days)", OptionKind.Text)
                    {
                        MaxLength = 40,
                        Hint = "yesterday 18:30, mon 7am, this morning or 3 hours ago",
                    },
                ],
            },
            new("undo", "Remove your most recent entry"),
            new("history", "Your recent entries (only you see them)"),
        ],
    };

    private static CommandSpec Review() => new("review", "Your week: runs, minutes, how you felt before and after, and a chart")
    {
        Options =
        [
            new("week", "This week (default) or last week", OptionKind.Text)
            {
                Choices = [new("this week", "this"), new("last week", "last")],
            },
        ],
    };

    private static CommandSpec Profile() => new("profile", "Your time zone and settings")
    {
        Subcommands =
        [
            new("timezone", "Set your own time zone (decides which day a run counts on)")
            {
                Options =
                [
                    new("tz", "An IANA time zone such as Europe/London or America/New_York", OptionKind.Text, Required: true)
                    {
                        Autocomplete = true,
                        MaxLength = 64,
                        Hint = "an IANA zone such as Europe/London",
                    },
                ],
            },
            new("show", "See your settings"),
            new("celebrate", "Let the weekly summary name you when you reach a milestone (counts only)")
            {
                Options =
                [
                    new("setting", "on: named in the shout-out for a milestone; off: milestones stay private", OptionKind.Text, Required: true)
                    {
                        Choices = OnOffChoices,
                    },
                ],
            },
            new("shoutout", "Whether the weekly summary's shout-out names you")
            {
                Options =
                [
                    new("state", "on (named, the default) or off (counted, never named)", OptionKind.Text, Required: true)
                    {
                        Choices = OnOffChoices,
                    },
                ],
            },
        ],
    };

    private static CommandSpec Privacy() => new("privacy", "Export or delete everything RunWell holds about you here")
    {
        Subcommands =
        [
            new("export", "Download all your data in this server (JSON and CSV)"),
            new("delete", "Delete all your data in this server (asks to confirm)"),
        ],
    };

    private static CommandSpec Help() => new("help", "How RunWell works, and where to find support") { Ephemeral = true };
}
