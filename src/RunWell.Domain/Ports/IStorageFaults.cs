namespace RunWell.Domain.Ports;

/// <summary>
/// Tells "the database is busy (locked by another writer) and nothing was written" apart from any
/// other failure, so a member can be told plainly to try again rather than given the generic apology.
/// </summary>
public interface IStorageFaults
{
    /// <summary>True when <paramref name="exception"/> (or one it wraps) is a lock or busy timeout.</summary>
    bool IsBusy(Exception exception);
}
