using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using RunWell.Domain.Clubs;
using RunWell.Domain.Posts;

namespace RunWell.Persistence.Configurations;

internal sealed class ScheduledPostConfiguration : IEntityTypeConfiguration<ScheduledPost>
{
    public void Configure(EntityTypeBuilder<ScheduledPost> builder)
    {
        builder.HasKey(p => p.Id);
        builder.Property(p => p.PeriodKey).HasMaxLength(64);
        builder.HasOne<Club>().WithMany().HasForeignKey(p => p.GuildId).OnDelete(DeleteBehavior.Cascade);

        // The once-and-only-once guarantee: a second insert for the same period fails.
        builder.HasIndex(p => new { p.GuildId, p.Kind, p.PeriodKey }).IsUnique();
    }
}
