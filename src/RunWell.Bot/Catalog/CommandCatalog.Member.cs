using RunWell.Domain.Entries;

namespace RunWell.Bot.Catalog;

public static partial class CommandCatalog
{
    private static OptionSpec Rating(string name, string descriptionKey, bool required = false) =>
        new(name, descriptionKey, OptionKind.WholeNumber, required)
        {
            MinValue = EntryLimits.MinRating,
            MaxValue = EntryLimits.MaxRating,
        };

    private static CommandSpec CheckIn() => new("checkin", "Cmd_checkin")
    {
        Options =
        [
            Rating("mood", "Opt_checkin_mood", required: true),
            Rating("stress", "Opt_checkin_stress", required: true),
            Rating("energy", "Opt_checkin_energy", required: true),
            Rating("sleep", "Opt_checkin_sleep"),
            new("concern", "Opt_checkin_concern", OptionKind.Text) { MaxLength = EntryLimits.ConcernMaxLength },
        ],
    };

    /// <summary>The values members pick for <c>kind</c>; jog-walk is running.</summary>
    public static readonly IReadOnlyList<Choice> KindChoices =
    [
        Choice.Localized("Choice_kind_run", "run"), Choice.Localized("Choice_kind_jogwalk", "jog-walk"),
        Choice.Localized("Choice_kind_walk", "walk"), Choice.Localized("Choice_kind_other", "other"),
    ];

    public static readonly IReadOnlyList<Choice> HelpedChoices =
    [
        Choice.Localized("Choice_helped_pace", "pace"), Choice.Localized("Choice_helped_route", "route"),
        Choice.Localized("Choice_helped_timeofday", "time-of-day"), Choice.Localized("Choice_helped_company", "company"),
        Choice.Localized("Choice_helped_other", "other"),
    ];

    private static CommandSpec RunGroup() => new("run", "Cmd_run")
    {
        Subcommands =
        [
            new("log", "Cmd_run_log")
            {
                Options =
                [
                    new("minutes", "Opt_run_log_minutes", OptionKind.WholeNumber, Required: true)
                    {
                        MinValue = EntryLimits.MinMinutes,
                        MaxValue = EntryLimits.MaxMinutes,
                    },
                    new("kind", "Opt_run_log_kind", OptionKind.Text) { Choices = KindChoices },
                    Rating("mood", "Opt_run_log_mood"),
                    Rating("stress", "Opt_run_log_stress"),
                    Rating("energy", "Opt_run_log_energy"),
                    new("helped", "Opt_run_log_helped", OptionKind.Text) { Choices = HelpedChoices },
                    new("note", "Opt_run_log_note", OptionKind.Text) { MaxLength = EntryLimits.NoteMaxLength },
                    new("distance_km", "Opt_run_log_distance_km", OptionKind.Fractional)
                    {
                        MinValue = EntryLimits.MinDistanceKm,
                        MaxValue = EntryLimits.MaxDistanceKm,
                    },
                    new("when", "Opt_run_log_when", OptionKind.Text) { MaxLength = 40, HintKey = "Hint_When" },
                ],
            },
            new("undo", "Cmd_run_undo"),
            new("history", "Cmd_run_history") { ReadOnly = true },
        ],
    };

    private static CommandSpec Review() => new("review", "Cmd_review")
    {
        ReadOnly = true,
        Options =
        [
            new("week", "Opt_review_week", OptionKind.Text)
            {
                Choices = [Choice.Localized("Choice_week_this", "this"), Choice.Localized("Choice_week_last", "last")],
            },
        ],
    };

    private static CommandSpec Profile() => new("profile", "Cmd_profile")
    {
        Subcommands =
        [
            new("timezone", "Cmd_profile_timezone")
            {
                Options =
                [
                    new("tz", "Opt_profile_timezone_tz", OptionKind.Text, Required: true)
                    {
                        Autocomplete = true,
                        MaxLength = 64,
                        HintKey = "Hint_Zone",
                    },
                ],
            },
            new("show", "Cmd_profile_show") { ReadOnly = true },
            new("celebrate", "Cmd_profile_celebrate")
            {
                Options =
                [
                    new("setting", "Opt_profile_celebrate_setting", OptionKind.Text, Required: true)
                    {
                        Choices = OnOffChoices,
                    },
                ],
            },
            new("shoutout", "Cmd_profile_shoutout")
            {
                Options =
                [
                    new("state", "Opt_profile_shoutout_state", OptionKind.Text, Required: true)
                    {
                        Choices = OnOffChoices,
                    },
                ],
            },
        ],
    };

    private static CommandSpec Privacy() => new("privacy", "Cmd_privacy")
    {
        Subcommands =
        [
            new("export", "Cmd_privacy_export") { ReadOnly = true },
            new("delete", "Cmd_privacy_delete"),
        ],
    };

    private static CommandSpec Help() => new("help", "Cmd_help") { ReadOnly = true };
}
