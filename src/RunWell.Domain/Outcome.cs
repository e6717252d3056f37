namespace RunWell.Domain;

/// <summary>A value, or a friendly sentence saying why not. Bad input is an answer, not an exception.</summary>
public readonly record struct Outcome<T>(T? Value, string? Error)
{
    public bool Ok => Error is null;

    public static implicit operator Outcome<T>(T value) => new(value, null);
}

public static class Outcome
{
    public static Outcome<T> Fail<T>(string error) => new(default, error);
}
