using Microsoft.EntityFrameworkCore;
using RunWell.Domain.Members;
using RunWell.Domain.Ports;

namespace RunWell.Persistence.Stores;

internal sealed class MemberStore(RunWellDbContext db) : IMemberStore
{
    // Compiled once: every member command runs it (see ClubStore).
    private static readonly Func<RunWellDbContext, ulong, ulong, CancellationToken, Task<Member?>> ByUser =
        EF.CompileAsyncQuery((RunWellDbContext db, ulong guildId, ulong userId, CancellationToken _) =>
            db.Members.FirstOrDefault(m => m.GuildId == guildId && m.UserId == userId));

    public Task<Member?> FindAsync(ulong guildId, ulong userId, CancellationToken ct) => ByUser(db, guildId, userId, ct);

    public Task<Member> GetOrCreateAsync(ulong guildId, ulong userId, Func<Member> create, CancellationToken ct) =>
        InsertOnce.GetOrInsertAsync(db, (typeof(Member), guildId, userId), () => FindAsync(guildId, userId, ct), create, ct);

    public Task<Pause?> FindActivePauseAsync(ulong guildId, ulong userId, DateTime utc, CancellationToken ct) =>
        db.Pauses
            .Where(p => p.GuildId == guildId && p.UserId == userId)
            .Where(Pause.ActiveAt(utc))
            .OrderByDescending(p => p.EndUtc)
            .FirstOrDefaultAsync(ct);

    public async Task<IReadOnlyList<Pause>> ListPausesAsync(ulong guildId, ulong userId, DateTime fromUtc, CancellationToken ct) =>
        await db.Pauses
            .Where(p => p.GuildId == guildId && p.UserId == userId && p.EndUtc > fromUtc)
            .OrderBy(p => p.StartUtc)
            .ToListAsync(ct);

    public void AddPause(Pause pause) => db.Pauses.Add(pause);
}
