namespace RunWell.Domain;

/// <summary>A value, or the problem saying why not. Bad input is an answer, not an exception.</summary>
public readonly record struct Outcome<T>(T? Value, Problem? Error)
{
    public bool Ok => Error is null;

    public static implicit operator Outcome<T>(T value) => new(value, null);

    public static implicit operator Outcome<T>(Problem problem) => new(default, problem);
}

/// <summary>What was wrong with a request, as facts; the bot's presenter says it in the member's language.</summary>
public enum ProblemKind
{
    /// <summary>A number outside its range. Args: min, max, sent.</summary>
    OutOfRange,

    /// <summary>Minutes outside their range (said with encouragement). Args: min, max, sent.</summary>
    MinutesOutOfRange,

    /// <summary>An optional distance outside its range. Args: min, max, sent.</summary>
    DistanceOutOfRange,

    /// <summary>Text longer than allowed. Args: max, length.</summary>
    TooLong,

    /// <summary>Text shorter or longer than allowed. Args: min, max, length.</summary>
    LengthOutOfRange,

    /// <summary>A value that is not one of the allowed ones.</summary>
    NotAChoice,

    /// <summary>A `when` that could not be read. Args: what was sent, a date two days back (yyyy-MM-dd) for the examples.</summary>
    WhenUnreadable,

    /// <summary>A `when` with numerals that are not digits (Ⅻ, ½). Args: as <see cref="WhenUnreadable"/>.</summary>
    WhenForeignNumerals,

    /// <summary>A `when` whose numeric date reads two ways (03/04). Args: as <see cref="WhenUnreadable"/>.</summary>
    WhenAmbiguousDate,

    /// <summary>A `when` whose time is not on the clock (25:00, 13pm). Args: as <see cref="WhenUnreadable"/>.</summary>
    WhenNoSuchTime,

    /// <summary>A `when` whose date is not on the calendar (31 feb). Args: as <see cref="WhenUnreadable"/>.</summary>
    WhenNoSuchDate,

    /// <summary>A `when` in the future.</summary>
    WhenInFuture,

    /// <summary>A `when` too far back. Args: the most days back allowed.</summary>
    WhenTooOld,

    /// <summary>Not a time zone RunWell knows. Args: what was sent, then suggestions.</summary>
    UnknownTimeZone,

    /// <summary>Not a time of day. Args: what was sent.</summary>
    NotATime,

    /// <summary>A nudge time inside the quiet hours. Args: the time, quiet from, quiet until, the last time allowed.</summary>
    NudgeTimeQuiet,

    /// <summary>A first /runwell setup without a channel or a zone. Args: channel missing, zone missing (bools).</summary>
    FirstSetupIncomplete,

    /// <summary>A buddy check-in button pressed by someone outside that group.</summary>
    NotYourCheckIn,
}

/// <summary>One problem with a request: which option, and the values that explain it.</summary>
public sealed record Problem(ProblemKind Kind, string? Option, params object[] Args);

public static class Outcome
{
    public static Outcome<T> Fail<T>(Problem problem) => new(default, problem);
}
