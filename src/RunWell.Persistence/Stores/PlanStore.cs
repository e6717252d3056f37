using Microsoft.EntityFrameworkCore;
using RunWell.Domain.Plans;

namespace RunWell.Persistence.Stores;

internal sealed class PlanStore(RunWellDbContext db) : IPlanStore
{
    public async Task<IReadOnlyList<(ulong GuildId, ulong UserId)>> ListWithRemindersAsync(CancellationToken ct, ulong? guildId = null)
    {
        var rows = await db.Members
            .Where(m => m.PlanReminders && m.PlanSlots != null && (guildId == null || m.GuildId == guildId))
            .Where(m => db.Clubs.Any(c => c.GuildId == m.GuildId && c.RemovedAtUtc == null))
            .Select(m => new { m.GuildId, m.UserId })
            .ToListAsync(ct);
        return [.. rows.Select(r => (r.GuildId, r.UserId))];
    }

    public Task<PlanReminder?> FindReminderAsync(ulong guildId, ulong userId, DateOnly slotDate, CancellationToken ct) =>
        db.PlanReminders
            .Where(r => r.GuildId == guildId && r.UserId == userId && r.SlotDate == slotDate)
            .OrderBy(r => r.Id)
            .FirstOrDefaultAsync(ct);

    public void AddReminder(PlanReminder reminder) => db.PlanReminders.Add(reminder);
}
