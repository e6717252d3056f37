using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using RunWell.Domain.Buddies;
using RunWell.Domain.Clubs;
using RunWell.Domain.Entries;
using RunWell.Domain.GroupRuns;
using RunWell.Domain.Members;
using RunWell.Domain.Milestones;
using RunWell.Domain.Plans;
using RunWell.Domain.Nudges;
using RunWell.Domain.Posts;

namespace RunWell.Persistence;

/// <summary>
/// The one model. Entity shapes live in <c>Configurations/</c>, one class per entity. Abstract because
/// EF Core ties migrations to a context type: each provider has a small subclass
/// (<see cref="SqliteRunWellDbContext"/>, <see cref="PostgresRunWellDbContext"/>) owning its own
/// migrations folder, while stores and services depend on this type only.
/// </summary>
public abstract class RunWellDbContext(DbContextOptions options) : DbContext(options)
{
    public DbSet<Club> Clubs => Set<Club>();
    public DbSet<Member> Members => Set<Member>();
    public DbSet<Pause> Pauses => Set<Pause>();
    public DbSet<CheckIn> CheckIns => Set<CheckIn>();
    public DbSet<RunLog> Runs => Set<RunLog>();
    public DbSet<BuddyGroup> BuddyGroups => Set<BuddyGroup>();
    public DbSet<BuddyGroupMember> BuddyGroupMembers => Set<BuddyGroupMember>();
    public DbSet<BuddyAnswer> BuddyAnswers => Set<BuddyAnswer>();
    public DbSet<NudgeLog> Nudges => Set<NudgeLog>();
    public DbSet<ScheduledPost> ScheduledPosts => Set<ScheduledPost>();
    public DbSet<OutboxMessage> Outbox => Set<OutboxMessage>();
    public DbSet<BotState> BotStates => Set<BotState>();
    public DbSet<GroupRun> GroupRuns => Set<GroupRun>();
    public DbSet<GroupRunRsvp> GroupRunRsvps => Set<GroupRunRsvp>();
    public DbSet<PlanReminder> PlanReminders => Set<PlanReminder>();
    public DbSet<Milestone> Milestones => Set<Milestone>();

    protected sealed override void OnModelCreating(ModelBuilder modelBuilder) =>
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(RunWellDbContext).Assembly);

    // Sealed: the model must be identical for every provider; only the migrations differ.
    protected sealed override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // Discord snowflakes fit in 63 bits; both SQLite and PostgreSQL store signed 64-bit integers.
        configurationBuilder.Properties<ulong>().HaveConversion<long>();
        configurationBuilder.Properties<ulong?>().HaveConversion<long?>();

        // Every instant is UTC; SQLite forgets the kind, so restore it on read. Npgsql maps UTC
        // DateTime to timestamptz and refuses any other kind, which the write side guarantees.
        configurationBuilder.Properties<DateTime>().HaveConversion<UtcConverter>();
        configurationBuilder.Properties<DateTime?>().HaveConversion<NullableUtcConverter>();
    }

    internal sealed class UtcConverter() : ValueConverter<DateTime, DateTime>(
        v => v.Kind == DateTimeKind.Utc ? v : v.ToUniversalTime(),
        v => DateTime.SpecifyKind(v, DateTimeKind.Utc));

    internal sealed class NullableUtcConverter() : ValueConverter<DateTime?, DateTime?>(
        v => v == null ? v : v.Value.Kind == DateTimeKind.Utc ? v : v.Value.ToUniversalTime(),
        v => v == null ? v : DateTime.SpecifyKind(v.Value, DateTimeKind.Utc));
}
