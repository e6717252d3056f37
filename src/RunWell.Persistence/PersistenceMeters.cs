namespace RunWell.Persistence;

/// <summary>The meter the persistence layer records on (the entry path's in-memory club and member).</summary>
public static class PersistenceMeters
{
    public const string Name = "RunWell.Persistence";
}
