using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking.Internal;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace RunWell.Persistence.Stores;

/// <summary>
/// Rows read without change tracking for the entry path (IMemberStore.ReadWithClubAsync), and the one way
/// to have a change to such a row saved. A tracked row costs every SaveChanges of its scope a comparison of
/// each property with its snapshot (boxing each value) and its key bookkeeping, even when nothing changed.
/// </summary>
internal static class UntrackedRows
{
#pragma warning disable EF1001 // EF's state manager: the only allocation-free way to ask whether a context tracks anything. EntryTrackingTests pin the answer.
    /// <summary>
    /// True when the context already tracks a row: then a read must go through tracking, so that it hands
    /// back the scope's own instance (with its unsaved changes) and never a second copy of it.
    /// </summary>
    public static bool ScopeTracksRows(DbContext db) => db.GetService<IStateManager>().Count > 0;
#pragma warning restore EF1001

    /// <summary>Tracks <paramref name="row"/> as stored (unchanged), so that changes made from now on are saved; nothing for a tracked row.</summary>
    public static void Track<T>(DbContext db, T row)
        where T : class
    {
        if (db.Entry(row).State == EntityState.Detached)
        {
            db.Attach(row);
        }
    }
}
