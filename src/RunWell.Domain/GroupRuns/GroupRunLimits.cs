namespace RunWell.Domain.GroupRuns;

/// <summary>The product's limits for a group run (product.md, issue 12). A platform with tighter limits of its own trims in its adapter.</summary>
public static class GroupRunLimits
{
    public const int DefaultMinutes = 30;
    public const int MinMinutes = 10;
    public const int MaxMinutes = 240;

    /// <summary>A place name short enough to read at a glance in a post or a calendar entry.</summary>
    public const int LocationMaxLength = 100;
    public const int NoteMaxLength = 300;
    public const int MaxDaysAhead = 90;

    /// <summary>Runs at or after this local time are reminded an hour before; earlier ones the evening before.</summary>
    public static readonly TimeOnly EarlyRunBefore = new(9, 0);
    public static readonly TimeOnly EveningReminderAt = new(20, 0);
    public static readonly TimeSpan ReminderLead = TimeSpan.FromHours(1);

    /// <summary>A reminder missed during downtime is still sent this long after its time (if the run has not started).</summary>
    public static readonly TimeSpan ReminderCatchUp = TimeSpan.FromHours(1);
}

/// <summary>Why a group-run request was refused; the bot's presenter words each one.</summary>
public enum GroupRunProblem
{
    NoClubChannel,
    AdminsOnly,
    WhenUnreadable,
    WhenInPast,
    WhenTooFar,
    WhereMissing,
    WhereTooLong,
    NoteTooLong,
    MinutesOutOfRange,
    NotFound,
    AlreadyCancelled,
    AlreadyFinished,
    NotYours,
    NotStartedYet,
    NothingLogged,
    RatingOutOfRange,
}
