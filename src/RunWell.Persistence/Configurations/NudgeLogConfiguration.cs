using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using RunWell.Domain.Members;
using RunWell.Domain.Nudges;

namespace RunWell.Persistence.Configurations;

internal sealed class NudgeLogConfiguration : IEntityTypeConfiguration<NudgeLog>
{
    public void Configure(EntityTypeBuilder<NudgeLog> builder)
    {
        builder.ToTable("Nudges");
        builder.HasKey(n => n.Id);
        builder.HasOne<Member>().WithMany().HasForeignKey(n => new { n.GuildId, n.UserId }).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(n => new { n.GuildId, n.UserId, n.SentAtUtc });
    }
}
