using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using RunWell.Discord;
using RunWell.Persistence;

namespace RunWell.DiscordAdapter;

/// <summary>
/// Keeps the gateway session (id, sequence, resume URL) in the database across a planned restart, so
/// the next process resumes it and receives the events sent meanwhile. The session id is not a secret
/// on its own (resuming also needs the token).
/// </summary>
internal sealed class BotStateGatewaySessionStore(IServiceScopeFactory scopes, TimeProvider time) : IGatewaySessionStore
{
    private const string Key = "gateway-session";

    public async Task<SavedGatewaySession?> LoadAsync(CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<RunWellDbContext>();
        var value = await db.BotStates.Where(s => s.Key == Key).Select(s => s.Value).FirstOrDefaultAsync(ct);
        return Parse(value);
    }

    public async Task SaveAsync(SavedGatewaySession? session, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<RunWellDbContext>();
        var state = await db.BotStates.FirstOrDefaultAsync(s => s.Key == Key, ct);
        if (state is null)
        {
            state = new BotState { Key = Key };
            db.BotStates.Add(state);
        }

        state.Value = session is null ? "" : Format(session);
        state.UpdatedAtUtc = time.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync(ct);
    }

    // One line, space separated: nothing in it contains a space.
    private static string Format(SavedGatewaySession s) => string.Join(' ',
        s.SessionId, s.ResumeUrl.AbsoluteUri, s.Sequence?.ToString(CultureInfo.InvariantCulture) ?? "-",
        s.ApplicationId.ToString(CultureInfo.InvariantCulture), s.SavedAt.ToUnixTimeMilliseconds().ToString(CultureInfo.InvariantCulture));

    private static SavedGatewaySession? Parse(string? value)
    {
        var parts = value?.Split(' ');
        if (parts is not { Length: 5 } || !Uri.TryCreate(parts[1], UriKind.Absolute, out var url)
            || !ulong.TryParse(parts[3], CultureInfo.InvariantCulture, out var app)
            || !long.TryParse(parts[4], CultureInfo.InvariantCulture, out var savedMs))
            return null;
        int? seq = int.TryParse(parts[2], CultureInfo.InvariantCulture, out var n) ? n : null;
        return new SavedGatewaySession(parts[0], url, seq, app, DateTimeOffset.FromUnixTimeMilliseconds(savedMs));
    }
}
