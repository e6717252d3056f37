using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using RunWell.Domain.Clubs;
using RunWell.Domain.GroupRuns;

namespace RunWell.Persistence.Configurations;

internal sealed class GroupRunConfiguration : IEntityTypeConfiguration<GroupRun>
{
    public void Configure(EntityTypeBuilder<GroupRun> builder)
    {
        builder.HasKey(r => r.Id);
        builder.Ignore(r => r.EndUtc);
        builder.Property(r => r.CreatorName).HasMaxLength(100);
        builder.Property(r => r.TimeZoneId).HasMaxLength(64);
        builder.Property(r => r.Location).HasMaxLength(GroupRunLimits.LocationMaxLength);
        builder.Property(r => r.Note).HasMaxLength(GroupRunLimits.NoteMaxLength);
        builder.Property(r => r.SourceId).HasMaxLength(32);
        builder.HasOne<Club>().WithMany().HasForeignKey(r => r.GuildId).OnDelete(DeleteBehavior.Cascade);

        // A replayed /grouprun create, or a weekly repeat made twice (restart, second node), is refused here.
        builder.HasIndex(r => new { r.GuildId, r.SourceId }).IsUnique();
        builder.HasIndex(r => r.PreviousRunId).IsUnique();
        builder.HasIndex(r => new { r.Status, r.GuildId, r.StartUtc });
        builder.HasIndex(r => new { r.GuildId, r.EventId });
    }
}

internal sealed class GroupRunRsvpConfiguration : IEntityTypeConfiguration<GroupRunRsvp>
{
    public void Configure(EntityTypeBuilder<GroupRunRsvp> builder)
    {
        builder.ToTable("GroupRunRsvps");
        builder.HasKey(r => r.Id);

        // No member foreign key: Discord's "Interested" can come from people who never used RunWell.
        builder.HasOne<GroupRun>().WithMany().HasForeignKey(r => r.GroupRunId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(r => new { r.GroupRunId, r.UserId }).IsUnique();
        builder.HasIndex(r => new { r.GuildId, r.UserId });
    }
}
