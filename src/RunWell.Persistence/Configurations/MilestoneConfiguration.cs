using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using RunWell.Domain.Members;
using RunWell.Domain.Milestones;

namespace RunWell.Persistence.Configurations;

internal sealed class MilestoneConfiguration : IEntityTypeConfiguration<Milestone>
{
    public void Configure(EntityTypeBuilder<Milestone> builder)
    {
        builder.ToTable("Milestones");
        builder.HasKey(m => m.Id);
        builder.HasOne<Member>().WithMany().HasForeignKey(m => new { m.GuildId, m.UserId }).OnDelete(DeleteBehavior.Cascade);

        // Reached once, ever: two runs logged at the same moment cannot both celebrate it.
        builder.HasIndex(m => new { m.GuildId, m.UserId, m.Kind, m.Count }).IsUnique();
        builder.HasIndex(m => new { m.GuildId, m.ReachedAtUtc });
    }
}
