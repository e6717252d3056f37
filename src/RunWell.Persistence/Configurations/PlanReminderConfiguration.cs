using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using RunWell.Domain.Members;
using RunWell.Domain.Plans;

namespace RunWell.Persistence.Configurations;

internal sealed class PlanReminderConfiguration : IEntityTypeConfiguration<PlanReminder>
{
    public void Configure(EntityTypeBuilder<PlanReminder> builder)
    {
        builder.ToTable("PlanReminders");
        builder.HasKey(r => r.Id);
        builder.HasOne<Member>().WithMany().HasForeignKey(r => new { r.GuildId, r.UserId }).OnDelete(DeleteBehavior.Cascade);

        // The buttons find a reminder by its slot's date; the once-only post key already allows one a day.
        builder.HasIndex(r => new { r.GuildId, r.UserId, r.SlotDate });
        builder.HasIndex(r => new { r.GuildId, r.CreatedAtUtc });
    }
}
