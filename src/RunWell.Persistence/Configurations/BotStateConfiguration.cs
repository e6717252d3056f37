using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace RunWell.Persistence.Configurations;

internal sealed class BotStateConfiguration : IEntityTypeConfiguration<BotState>
{
    public void Configure(EntityTypeBuilder<BotState> builder)
    {
        builder.HasKey(s => s.Key);
        builder.Property(s => s.Key).HasMaxLength(100);
        builder.Property(s => s.Value).HasMaxLength(4000);
    }
}
