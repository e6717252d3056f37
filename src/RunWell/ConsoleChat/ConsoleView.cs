using Microsoft.Extensions.DependencyInjection;
using RunWell.Domain.Messaging;
using RunWell.Domain.Ports;

namespace RunWell.ConsoleChat;

/// <summary>What the console needs to show a message to its one member: their zone and the names of the people it mentions.</summary>
internal sealed record ConsoleView(TimeZoneInfo Zone, IReadOnlyDictionary<ulong, string> Names)
{
    public static readonly ConsoleView Utc = new(TimeZoneInfo.Utc, new Dictionary<ulong, string>());
}

/// <summary>Looks up the console member's zone (theirs, else the club's) and the display names a message mentions.</summary>
internal sealed class ConsoleViews(IServiceScopeFactory scopes)
{
    public async Task<ConsoleView> ForAsync(Message message, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var members = scope.ServiceProvider.GetRequiredService<IMemberStore>();
        var zone = await ConsoleIdentity.ZoneAsync(scope.ServiceProvider, ct);

        var names = new Dictionary<ulong, string>();
        foreach (var id in Texts(message).SelectMany(t => t.Parts).OfType<UserPart>().Select(u => u.UserId).Distinct())
        {
            if (await members.FindAsync(ConsoleIdentity.GuildId, id, ct) is { DisplayName.Length: > 0 } member)
            {
                names[id] = member.DisplayName;
            }
        }

        return new ConsoleView(zone, names);
    }

    private static IEnumerable<RichText> Texts(Message message) =>
        message.Cards.SelectMany(c => c.Fields.Select(f => f.Value).Prepend(c.Body)).Prepend(message.Text);
}
