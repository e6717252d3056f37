using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using RunWell.Domain.Clubs;

namespace RunWell.Persistence.Configurations;

internal sealed class ClubConfiguration : IEntityTypeConfiguration<Club>
{
    public void Configure(EntityTypeBuilder<Club> builder)
    {
        builder.HasKey(c => c.GuildId);
        builder.Property(c => c.GuildId).ValueGeneratedNever();
        builder.Property(c => c.Name).HasMaxLength(100);
        builder.Property(c => c.TimeZoneId).HasMaxLength(64);
        builder.Property(c => c.SupportText).HasMaxLength(ClubDefaults.SupportTextMaxLength);
        builder.Property(c => c.Language).HasMaxLength(16);
        builder.Property(c => c.NoiseSecret).HasMaxLength(64);
    }
}
