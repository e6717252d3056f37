using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using RunWell.Domain.Members;

namespace RunWell.Persistence.Configurations;

internal sealed class PauseConfiguration : IEntityTypeConfiguration<Pause>
{
    public void Configure(EntityTypeBuilder<Pause> builder)
    {
        builder.HasKey(p => p.Id);
        builder.Property(p => p.Reason).HasMaxLength(MemberDefaults.PauseReasonMaxLength);
        builder.HasOne<Member>().WithMany().HasForeignKey(p => new { p.GuildId, p.UserId }).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(p => new { p.GuildId, p.UserId, p.EndUtc });
    }
}
