using Microsoft.EntityFrameworkCore;
using RunWell.Domain.Buddies;
using RunWell.Domain.Members;
using RunWell.Domain.Ports;

namespace RunWell.Persistence.Stores;

internal sealed class BuddyStore(RunWellDbContext db) : IBuddyStore
{
    public async Task<IReadOnlyList<Member>> ListOptedInAsync(ulong guildId, CancellationToken ct) =>
        await db.Members.AsNoTracking()
            .Where(m => m.GuildId == guildId && m.BuddyOptIn)
            .OrderBy(m => m.UserId)
            .ToListAsync(ct);

    public async Task<IReadOnlyList<BuddyGroup>> ListGroupsAsync(ulong guildId, DateOnly fromWeekStart, DateOnly toWeekStart, CancellationToken ct) =>
        await db.BuddyGroups
            .Include(g => g.Members)
            .Where(g => g.GuildId == guildId && g.WeekStart >= fromWeekStart && g.WeekStart <= toWeekStart)
            .OrderBy(g => g.WeekStart).ThenBy(g => g.Id)
            .AsSplitQuery()
            .ToListAsync(ct);

    public Task<BuddyGroup?> FindGroupAsync(long groupId, CancellationToken ct) =>
        db.BuddyGroups.Include(g => g.Members).FirstOrDefaultAsync(g => g.Id == groupId, ct);

    public Task<BuddyGroup?> FindGroupOfAsync(ulong guildId, ulong userId, DateOnly weekStart, CancellationToken ct) =>
        db.BuddyGroups
            .Include(g => g.Members)
            .Where(g => g.GuildId == guildId && g.WeekStart == weekStart && g.Members.Any(m => m.UserId == userId))
            .OrderByDescending(g => g.Id)
            .FirstOrDefaultAsync(ct);

    public void AddGroup(BuddyGroup group) => db.BuddyGroups.Add(group);

    public Task<BuddyAnswer?> FindAnswerAsync(long groupId, ulong userId, CancellationToken ct) =>
        db.BuddyAnswers.FirstOrDefaultAsync(a => a.GroupId == groupId && a.UserId == userId, ct);

    public void AddAnswer(BuddyAnswer answer) => db.BuddyAnswers.Add(answer);
}
