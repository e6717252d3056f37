using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using RunWell.Domain.Buddies;

namespace RunWell.Persistence.Configurations;

internal sealed class BuddyGroupMemberConfiguration : IEntityTypeConfiguration<BuddyGroupMember>
{
    public void Configure(EntityTypeBuilder<BuddyGroupMember> builder)
    {
        builder.HasKey(m => m.Id);

        // No foreign key to Member: a deleted member's seat stays (anonymised) for the partner's history.
        builder.HasIndex(m => new { m.UserId, m.GroupId });
    }
}
