using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using RunWell.Domain.Entries;
using RunWell.Domain.GroupRuns;
using RunWell.Domain.Members;

namespace RunWell.Persistence.Configurations;

internal sealed class RunLogConfiguration : IEntityTypeConfiguration<RunLog>
{
    public void Configure(EntityTypeBuilder<RunLog> builder)
    {
        builder.ToTable("Runs");
        builder.HasKey(r => r.Id);
        builder.Ignore(r => r.IsMicroRun);
        builder.Property(r => r.Note).HasMaxLength(EntryLimits.NoteMaxLength);
        builder.Property(r => r.SourceId).HasMaxLength(32);
        builder.HasOne<Member>().WithMany().HasForeignKey(r => new { r.GuildId, r.UserId }).OnDelete(DeleteBehavior.Cascade);

        // A before check-in may be undone or expire first; the run keeps its own after-ratings.
        builder.HasOne<CheckIn>().WithMany().HasForeignKey(r => r.BeforeCheckInId).OnDelete(DeleteBehavior.SetNull);

        builder.HasIndex(r => new { r.GuildId, r.UserId, r.AtUtc });
        // The weekly summary reads a week of a server's runs (thousands of rows, scattered over a year of
        // pages) for exactly these columns: with them in the index it never visits the table. It serves
        // every (GuildId, LocalDate) lookup the narrower index did, so it replaces it rather than adding one.
        builder.HasIndex(r => new { r.GuildId, r.LocalDate, r.UserId, r.Minutes, r.MoodAfter, r.CreatedAtUtc, r.BeforeCheckInId })
            .HasDatabaseName("IX_Runs_GuildId_LocalDate_Summary");
        builder.HasIndex(r => r.SourceId).IsUnique();
        builder.HasIndex(r => new { r.GuildId, r.AtUtc });

        // "I was there" logs once per member and run, however often it is pressed.
        builder.HasOne<GroupRun>().WithMany().HasForeignKey(r => r.GroupRunId).OnDelete(DeleteBehavior.SetNull);
        builder.HasIndex(r => new { r.GroupRunId, r.UserId }).IsUnique();
    }
}
