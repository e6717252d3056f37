namespace RunWell.Testing.Postgres;

/// <summary>A fact that needs a real PostgreSQL server; skipped, with the reason, when none can be started.</summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false)]
public sealed class PostgresFactAttribute : FactAttribute
{
    public PostgresFactAttribute()
    {
        if (PostgresBinaries.SkipReason is { } reason)
        {
            Skip = reason;
        }
    }
}
