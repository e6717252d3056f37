using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using RunWell.Domain.Buddies;
using RunWell.Domain.Members;

namespace RunWell.Persistence.Configurations;

internal sealed class BuddyAnswerConfiguration : IEntityTypeConfiguration<BuddyAnswer>
{
    public void Configure(EntityTypeBuilder<BuddyAnswer> builder)
    {
        builder.HasKey(a => a.Id);
        builder.HasOne<BuddyGroup>().WithMany().HasForeignKey(a => a.GroupId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Member>().WithMany().HasForeignKey(a => new { a.GuildId, a.UserId }).OnDelete(DeleteBehavior.Cascade);

        // One answer per member per check-in; answering again changes it.
        builder.HasIndex(a => new { a.GroupId, a.UserId }).IsUnique();
        builder.HasIndex(a => new { a.GuildId, a.AnsweredAtUtc });

        // A member's newest answer is part of their last activity (the nudge sweep asks for every
        // candidate): one seek at the end of this index. It also serves the member foreign key.
        builder.HasIndex(a => new { a.GuildId, a.UserId, a.AnsweredAtUtc });
    }
}
