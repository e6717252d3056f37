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

    /// <summary>A `when` that could not be read. Args: what was sent.</summary>
    WhenUnreadable,

    /// <summary>A `when` in the future.</summary>
    WhenInFuture,

    /// <summary>A `when` too far back. Args: the most days back allowed.</summary>
    WhenTooOld,

    /// <summary>Not a time zone RunWell knows. Args: what was sent, then suggestions.</summary>
    UnknownTimeZone,

    /// <summary>Not a 24-hour time.</summary>
    NotATime,

    /// <summary>A buddy check-in button pressed by someone outside that group.</summary>
    NotYourCheckIn,
}

/// <summary>One problem with a request: which option, and the values that explain it.</summary>
public sealed record Problem(ProblemKind Kind, string? Option, params object[] Args);

public static class Outcome
{
    public static Outcome<T> Fail<T>(Problem problem) => new(default, problem);
}
