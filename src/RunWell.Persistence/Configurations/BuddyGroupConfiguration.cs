using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using RunWell.Domain.Buddies;
using RunWell.Domain.Clubs;

namespace RunWell.Persistence.Configurations;

internal sealed class BuddyGroupConfiguration : IEntityTypeConfiguration<BuddyGroup>
{
    public void Configure(EntityTypeBuilder<BuddyGroup> builder)
    {
        builder.HasKey(g => g.Id);
        builder.HasOne<Club>().WithMany().HasForeignKey(g => g.GuildId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(g => g.Members).WithOne().HasForeignKey(m => m.GroupId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(g => new { g.GuildId, g.WeekStart });
    }
}
