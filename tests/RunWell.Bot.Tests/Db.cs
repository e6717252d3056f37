using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using RunWell.Domain.Entries;
using RunWell.Domain.Ports;
using RunWell.Domain.Privacy.Export;
using RunWell.Testing;

namespace RunWell.Bot.Tests;

/// <summary>Reads what was really stored, through a context of its own.</summary>
internal static class Db
{
    public static async Task<List<RunLog>> RunsAsync(this TestServices services, ulong userId = Commands.AnnId)
    {
        await using var db = services.Database.CreateContext();
        return await db.Runs.AsNoTracking().Where(r => r.UserId == userId).OrderBy(r => r.Id).ToListAsync();
    }

    public static async Task<List<CheckIn>> CheckInsAsync(this TestServices services, ulong userId = Commands.AnnId)
    {
        await using var db = services.Database.CreateContext();
        return await db.CheckIns.AsNoTracking().Where(c => c.UserId == userId).OrderBy(c => c.Id).ToListAsync();
    }

    /// <summary>The member's last activity as their export shows it (what nudges count quiet days from).</summary>
    public static async Task<DateTime?> LastActivityAsync(this TestServices services, ulong userId = Commands.AnnId)
    {
        var data = await services.InScopeAsync(sp => sp.GetRequiredService<IPrivacyStore>().LoadAsync(Commands.GuildId, userId, CancellationToken.None));
        return ExportDocument.From(data, Commands.GuildId, "Test club", services.Time.GetUtcNow().UtcDateTime).Profile!.LastActivityAtUtc;
    }

    public static async Task<int> EntryCountAsync(this TestServices services)
    {
        await using var db = services.Database.CreateContext();
        return await db.Runs.CountAsync() + await db.CheckIns.CountAsync();
    }
}
