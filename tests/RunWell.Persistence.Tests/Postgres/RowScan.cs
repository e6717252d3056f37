using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace RunWell.Persistence.Tests.Postgres;

/// <summary>
/// Reads every table of the model, straight from PostgreSQL, for what is left of a member or a server:
/// driven by the EF model, so a table added later is scanned without anyone listing it here.
/// </summary>
internal static class RowScan
{
    /// <summary>
    /// Per table, the rows that still hold the member: their id in any user-id column, or their id or
    /// any of <paramref name="texts"/> inside any text column.
    /// </summary>
    public static Task<IReadOnlyDictionary<string, long>> RowsNamingAsync(RunWellDbContext db, ulong userId, params string[] texts)
    {
        var id = userId.ToString(CultureInfo.InvariantCulture);
        return ScanAsync(db, property => IsUserId(property) ? [((long)userId, "=")] : property.ClrType == typeof(string) ? [.. texts.Append(id).Select(t => ((object)$"%{t}%", "LIKE"))] : []);
    }

    /// <summary>Per table, the rows of the server: its id in any GuildId column.</summary>
    public static Task<IReadOnlyDictionary<string, long>> RowsOfServerAsync(RunWellDbContext db, ulong guildId) =>
        ScanAsync(db, property => property.Name == "GuildId" ? [((long)guildId, "=")] : []);

    private static bool IsUserId(IProperty property) =>
        (property.ClrType == typeof(ulong) || property.ClrType == typeof(ulong?)) && property.Name.EndsWith("UserId", StringComparison.Ordinal);

    private static async Task<IReadOnlyDictionary<string, long>> ScanAsync(RunWellDbContext db, Func<IProperty, IEnumerable<(object Value, string Operator)>> matches)
    {
        var connection = db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync();
        var found = new Dictionary<string, long>();
        foreach (var entity in db.Model.GetEntityTypes().Where(e => e.GetTableName() is not null))
        {
            var table = StoreObjectIdentifier.Table(entity.GetTableName()!, entity.GetSchema());
            await using var command = connection.CreateCommand();
            var conditions = new List<string>();
            foreach (var property in entity.GetProperties())
            {
                foreach (var (value, op) in matches(property))
                {
                    var parameter = command.CreateParameter();
                    parameter.ParameterName = "p" + command.Parameters.Count.ToString(CultureInfo.InvariantCulture);
                    parameter.Value = value;
                    command.Parameters.Add(parameter);
                    conditions.Add($"\"{property.GetColumnName(table)}\" {op} @{parameter.ParameterName}");
                }
            }

            if (conditions.Count == 0)
            {
                continue;
            }

            var name = table.Schema is null ? $"\"{table.Name}\"" : $"\"{table.Schema}\".\"{table.Name}\"";
            command.CommandText = $"SELECT COUNT(*) FROM {name} WHERE {string.Join(" OR ", conditions)}";
            found[table.Name] = Convert.ToInt64(await command.ExecuteScalarAsync(), CultureInfo.InvariantCulture);
        }

        return found;
    }

    /// <summary>"Tables: Runs 1, Outbox 2" for an assertion message.</summary>
    public static string Describe(IReadOnlyDictionary<string, long> rows) =>
        string.Join(", ", rows.Where(r => r.Value > 0).Select(r => $"{r.Key} {r.Value}"));
}
