using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using RunWell.Domain.Clubs;
using RunWell.Domain.Members;
using RunWell.Domain.Plans;

namespace RunWell.Persistence.Configurations;

internal sealed class MemberConfiguration : IEntityTypeConfiguration<Member>
{
    public void Configure(EntityTypeBuilder<Member> builder)
    {
        builder.HasKey(m => new { m.GuildId, m.UserId });
        builder.Property(m => m.DisplayName).HasMaxLength(100);
        builder.Property(m => m.TimeZoneId).HasMaxLength(64);
        builder.Property(m => m.Language).HasMaxLength(16);
        builder.Property(m => m.PlanSlots).HasMaxLength(PlanLimits.StoredSlotsMaxLength);
        builder.HasOne<Club>().WithMany().HasForeignKey(m => m.GuildId).OnDelete(DeleteBehavior.Cascade);

        // The nudge sweep asks "who opted in here" for every server each run.
        builder.HasIndex(m => new { m.NudgeOptIn, m.GuildId });
        builder.HasIndex(m => new { m.GuildId, m.BuddyOptIn });
    }
}
