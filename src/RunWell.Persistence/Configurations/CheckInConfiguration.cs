using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using RunWell.Domain.Entries;
using RunWell.Domain.Members;

namespace RunWell.Persistence.Configurations;

internal sealed class CheckInConfiguration : IEntityTypeConfiguration<CheckIn>
{
    public void Configure(EntityTypeBuilder<CheckIn> builder)
    {
        builder.HasKey(c => c.Id);
        builder.Property(c => c.Concern).HasMaxLength(EntryLimits.ConcernMaxLength);
        builder.Property(c => c.SourceId).HasMaxLength(32);
        builder.HasOne<Member>().WithMany().HasForeignKey(c => new { c.GuildId, c.UserId }).OnDelete(DeleteBehavior.Cascade);

        builder.HasIndex(c => new { c.GuildId, c.UserId, c.AtUtc });
        // With UserId in it, the summary's "who checked in this week" never visits the table.
        builder.HasIndex(c => new { c.GuildId, c.LocalDate, c.UserId });
        builder.HasIndex(c => c.SourceId).IsUnique();
        builder.HasIndex(c => new { c.GuildId, c.AtUtc });
    }
}
