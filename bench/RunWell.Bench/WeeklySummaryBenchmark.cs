using System.Diagnostics;
using System.Globalization;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using RunWell.Domain.Ports;
using RunWell.Domain.Posts;
using RunWell.Testing;

namespace RunWell.Bench;

/// <summary>
/// The weekly summary of one server with 5,000 members and 1,000,000 entries (runs and check-ins over
/// a year): target ≤ 500 ms with RSS ≤ 300 MB. Seeded with raw batched inserts, timed separately.
/// </summary>
internal sealed class WeeklySummaryBenchmark : IBenchmark
{
    private const int Members = 5_000;
    private const int Entries = 1_000_000;
    private const ulong GuildId = Commands.GuildId;
    private static readonly DateTime SundaySlot = new(2026, 11, 29, 18, 0, 0, DateTimeKind.Utc);

    public string Name => "summary";

    public string Description => "weekly summary, 5,000 members, 1,000,000 entries (≤ 500 ms, RSS ≤ 300 MB)";

    public async Task RunAsync(TextWriter output, CancellationToken ct)
    {
        await using var services = await TestServices.CreateAsync(now: new DateTimeOffset(SundaySlot));
        var seeding = Stopwatch.StartNew();
        await SeedAsync(services.Database.ConnectionString, ct);
        await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"seeded {Members:N0} members and {Entries:N0} entries in {seeding.Elapsed.TotalSeconds:0.0} s"));

        var timings = await Measure.RepeatAsync(2, 10, () => services.InScopeAsync(async sp =>
        {
            var club = (await sp.GetRequiredService<IClubStore>().FindAsync(GuildId, ct))!;
            var producer = sp.GetServices<IGroupPostProducer>().Single(p => p.Kind == PostKind.WeeklySummary);
            return await producer.DraftAsync(club, SundaySlot, ct);
        }));

        await output.WriteLineAsync($"summary draft (SQL aggregates + PNG chart): {timings}");
        await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"RSS now {Measure.WorkingSetMb():0} MB, peak {Measure.PeakWorkingSetMb():0} MB"));
    }

    private static async Task SeedAsync(string connectionString, CancellationToken ct)
    {
        await using var connection = new SqliteConnection(connectionString);
        await connection.OpenAsync(ct);
        await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(ct);

        await ExecAsync(connection, transaction, "INSERT INTO Clubs (GuildId, Name, ChannelId, TimeZoneId, SummaryDay, SummaryTime, PairingDay, PairingTime, CheckInDay, CheckInTime, NudgeTime, RetentionDays, CreatedAtUtc) " +
            $"VALUES ({(long)GuildId}, 'Bench', {(long)Commands.ChannelId}, 'Europe/London', 0, '18:00:00', 1, '09:00:00', 4, '18:00:00', '17:00:00', 365, '2026-01-01 00:00:00')", ct);

        await using (var member = Command(connection, transaction,
            "INSERT INTO Members (GuildId, UserId, DisplayName, BuddyOptIn, NudgeOptIn, NudgeAfterDays, NudgeIfDmsClosed, HiddenFromShoutOut, PlanMinutes, PlanReminders, PlanEveningBefore, CelebrateMilestones, GroupRunRemindersOff, CreatedAtUtc) " +
            "VALUES ($g, $u, $n, 0, 0, 4, 0, 0, 15, 0, 0, 0, 0, '2026-01-01 00:00:00')", "$g", "$u", "$n"))
        {
            for (var i = 0; i < Members; i++)
            {
                member.Parameters["$g"].Value = (long)GuildId;
                member.Parameters["$u"].Value = UserId(i);
                member.Parameters["$n"].Value = "member" + i.ToString(CultureInfo.InvariantCulture);
                await member.ExecuteNonQueryAsync(ct);
            }
        }

        // Half check-ins, half runs, spread over the 365 days before the slot; every run after a
        // check-in points at it as its "before", so the mood join has real work to do.
        await using var checkIn = Command(connection, transaction,
            "INSERT INTO CheckIns (GuildId, UserId, AtUtc, LocalDate, LocalTime, Mood, Stress, Energy, CreatedAtUtc) VALUES ($g, $u, $at, $d, '12:00:00', $m, 5, 5, $at); SELECT last_insert_rowid();",
            "$g", "$u", "$at", "$d", "$m");
        await using var run = Command(connection, transaction,
            "INSERT INTO Runs (GuildId, UserId, AtUtc, LocalDate, LocalTime, Minutes, Kind, MoodAfter, BeforeCheckInId, CreatedAtUtc) VALUES ($g, $u, $at, $d, '13:00:00', $min, 0, $m, $b, $at)",
            "$g", "$u", "$at", "$d", "$min", "$m", "$b");

        var random = new Random(42);
        for (var i = 0; i < Entries / 2; i++)
        {
            var user = UserId(random.Next(Members));
            var day = DateOnly.FromDateTime(SundaySlot).AddDays(-random.Next(365));
            var at = day.ToDateTime(new TimeOnly(12, 0)).ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture);
            var date = day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

            Set(checkIn, ("$g", (long)GuildId), ("$u", user), ("$at", at), ("$d", date), ("$m", random.Next(1, 11)));
            var checkInId = (long)(await checkIn.ExecuteScalarAsync(ct))!;

            Set(run, ("$g", (long)GuildId), ("$u", user), ("$at", at), ("$d", date), ("$min", random.Next(5, 60)), ("$m", random.Next(1, 11)), ("$b", checkInId));
            await run.ExecuteNonQueryAsync(ct);
        }

        await transaction.CommitAsync(ct);
        await ExecAsync(connection, null, "ANALYZE;", ct);
    }

    private static long UserId(int index) => 1_190_000_000_000_100_000L + index;

    private static SqliteCommand Command(SqliteConnection connection, SqliteTransaction transaction, string sql, params string[] parameters)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        foreach (var name in parameters)
        {
            command.Parameters.Add(new SqliteParameter(name, null));
        }

        return command;
    }

    private static void Set(SqliteCommand command, params (string Name, object Value)[] values)
    {
        foreach (var (name, value) in values)
        {
            command.Parameters[name].Value = value;
        }
    }

    private static async Task ExecAsync(SqliteConnection connection, SqliteTransaction? transaction, string sql, CancellationToken ct)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync(ct);
    }
}
