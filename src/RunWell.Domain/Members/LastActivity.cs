using RunWell.Domain.Buddies;
using RunWell.Domain.Entries;

namespace RunWell.Domain.Members;

/// <summary>
/// When a member last did something in a server: their latest check-in or run (an "I was there" at a
/// group run is logged as a run at the run's start), or buddy answer. Nudges count quiet days from it
/// and the export shows it. It is derived from those rows rather than kept on the member, so no write
/// path has to remember it (an entry is then one INSERT) and an undo or a deletion needs no recount.
/// </summary>
public static class LastActivity
{
    /// <summary>The latest of the member's newest check-in, run and buddy answer; null when there are none.</summary>
    public static DateTime? Latest(DateTime? checkIn, DateTime? run, DateTime? buddyAnswer) =>
        Later(Later(checkIn, run), buddyAnswer);

    /// <summary>The same, from rows already loaded (the export has them all).</summary>
    public static DateTime? Of(IEnumerable<CheckIn> checkIns, IEnumerable<RunLog> runs, IEnumerable<BuddyAnswer> answers) =>
        Latest(
            checkIns.Max(c => (DateTime?)c.AtUtc),
            runs.Max(r => (DateTime?)r.AtUtc),
            answers.Max(a => (DateTime?)a.AnsweredAtUtc));

    private static DateTime? Later(DateTime? a, DateTime? b) => a is null || b > a ? b : a;
}
