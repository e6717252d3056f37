using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using RunWell.Domain.Clubs;
using RunWell.Domain.Posts;

namespace RunWell.Persistence.Configurations;

internal sealed class OutboxMessageConfiguration : IEntityTypeConfiguration<OutboxMessage>
{
    public void Configure(EntityTypeBuilder<OutboxMessage> builder)
    {
        builder.ToTable("Outbox");
        builder.HasKey(m => m.Id);
        // The column keeps the name it had when the key was Discord's nonce: renaming it would be a migration for nothing.
        builder.Property(m => m.DeliveryKey).HasColumnName("Nonce").HasMaxLength(25);
        builder.Property(m => m.LastError).HasMaxLength(500);
        builder.HasOne<Club>().WithMany().HasForeignKey(m => m.GuildId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<ScheduledPost>().WithMany().HasForeignKey(m => m.ScheduledPostId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(m => m.DeliveryKey).IsUnique();

        // The delivery worker's query: what is pending and due.
        builder.HasIndex(m => new { m.Status, m.NextAttemptAtUtc });
        builder.HasIndex(m => new { m.GuildId, m.Kind, m.Status });
    }
}
