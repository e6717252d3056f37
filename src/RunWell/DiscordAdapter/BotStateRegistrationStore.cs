using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using RunWell.Discord;
using RunWell.Persistence;

namespace RunWell.DiscordAdapter;

/// <summary>
/// Remembers the hash of the last registered command list in the database, so a restart with an
/// unchanged catalog makes no PUT (and never burns the daily command-create quota).
/// </summary>
internal sealed class BotStateRegistrationStore(IServiceScopeFactory scopes, TimeProvider time) : ICommandRegistrationStore
{
    private static string Key(string scope) => $"commands-hash:{scope}";

    public async Task<string?> GetHashAsync(string scope, CancellationToken ct)
    {
        await using var serviceScope = scopes.CreateAsyncScope();
        var db = serviceScope.ServiceProvider.GetRequiredService<RunWellDbContext>();
        var key = Key(scope);
        return await db.BotStates.Where(s => s.Key == key).Select(s => s.Value).FirstOrDefaultAsync(ct);
    }

    public async Task SetHashAsync(string scope, string hash, CancellationToken ct)
    {
        await using var serviceScope = scopes.CreateAsyncScope();
        var db = serviceScope.ServiceProvider.GetRequiredService<RunWellDbContext>();
        var key = Key(scope);
        var state = await db.BotStates.FirstOrDefaultAsync(s => s.Key == key, ct);
        if (state is null)
        {
            state = new BotState { Key = key };
            db.BotStates.Add(state);
        }

        state.Value = hash;
        state.UpdatedAtUtc = time.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync(ct);
    }
}
