using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Update;
using Microsoft.EntityFrameworkCore.Update.Internal;

namespace RunWell.Persistence;

/// <summary>
/// EF's batch preparer, except that it skips the dependency sort when a save's commands cannot depend
/// on each other. EF orders every save through a graph of its commands (the foreign keys to and from
/// each table, unique values, same-table rows), even a save of one new row, or of a new entry and its
/// member's last-activity time: for a warm /checkin that was a fifth of everything it allocated (54.6 →
/// 44.1 KB in bench checkin-cost), most of it walking the dozen foreign keys that point at Members.
/// An order can only matter when a command inserts a row that another command's row refers to, deletes
/// one, or changes a key, foreign key or unique value; so the sort is skipped for a single command, or
/// when no command deletes, at most one inserts, each table appears once and no update writes a column
/// of a key, foreign key or unique index. The commands then keep the order EF made them in (a /checkin:
/// the insert, then the member's update, as before; EntryStatementsTests). Anything else is sorted by EF.
/// </summary>
#pragma warning disable EF1001 // EF's internal preparer: the one place that decides the order of a save. OrderFreeCommandBatchPreparerTests pin what it must keep doing.
internal sealed class OrderFreeCommandBatchPreparer(CommandBatchPreparerDependencies dependencies) : CommandBatchPreparer(dependencies)
{
    // Per table of the (immutable) model: the columns whose change could order commands.
    private static readonly ConcurrentDictionary<ITable, HashSet<string>> OrderingColumns = new();

    public static void Use(DbContextOptionsBuilder options) =>
        options.ReplaceService<ICommandBatchPreparer, OrderFreeCommandBatchPreparer>();

    public override IReadOnlyList<List<IReadOnlyModificationCommand>> TopologicalSort(IEnumerable<IReadOnlyModificationCommand> commands)
    {
        var list = commands as IReadOnlyList<IReadOnlyModificationCommand> ?? [.. commands];
        return IsOrderFree(list) ? [[.. list]] : base.TopologicalSort(list);
    }

    internal static bool IsOrderFree(IReadOnlyList<IReadOnlyModificationCommand> commands)
    {
        if (commands.Count == 1)
        {
            return true;
        }

        var inserts = 0;
        for (var i = 0; i < commands.Count; i++)
        {
            var command = commands[i];
            if (command.Table is not { } table || command.EntityState == EntityState.Deleted)
            {
                return false;
            }

            for (var j = 0; j < i; j++)
            {
                if (commands[j].Table == table)
                {
                    return false;
                }
            }

            if (command.EntityState == EntityState.Added)
            {
                if (++inserts > 1)
                {
                    return false;
                }
            }
            else if (command.EntityState != EntityState.Modified || WritesOrderingColumn(command, table))
            {
                return false;
            }
        }

        return true;
    }

    private static bool WritesOrderingColumn(IReadOnlyModificationCommand command, ITable table)
    {
        var ordering = OrderingColumns.GetOrAdd(table, static t => ColumnsThatOrder(t));
        foreach (var modification in command.ColumnModifications)
        {
            if (modification.IsWrite && ordering.Contains(modification.ColumnName))
            {
                return true;
            }
        }

        return false;
    }

    private static HashSet<string> ColumnsThatOrder(ITable table)
    {
        var columns = new HashSet<string>(StringComparer.Ordinal);
        foreach (var constraint in table.UniqueConstraints)
        {
            columns.UnionWith(constraint.Columns.Select(c => c.Name));
        }

        foreach (var constraint in table.ForeignKeyConstraints)
        {
            columns.UnionWith(constraint.Columns.Select(c => c.Name));
        }

        foreach (var index in table.Indexes.Where(i => i.IsUnique))
        {
            columns.UnionWith(index.Columns.Select(c => c.Name));
        }

        return columns;
    }
}
#pragma warning restore EF1001
