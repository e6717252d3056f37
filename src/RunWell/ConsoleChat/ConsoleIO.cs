using Microsoft.Extensions.DependencyInjection;
using RunWell.Domain.Members;
using RunWell.Domain.Ports;
using static RunWell.Bot.Words.Words;

namespace RunWell.ConsoleChat;

/// <summary>The terminal, swappable so tests can drive the chat with strings.</summary>
/// <param name="piped">Input comes from a pipe or file: each line is echoed after the prompt so the transcript reads like a chat.</param>
internal sealed class ConsoleIO(TextReader input, TextWriter output, bool piped = false)
{
    public bool Piped { get; } = piped;

    public TextReader In { get; } = input;

    /// <summary>Synchronized: scheduled posts may print while the chat loop is writing.</summary>
    public TextWriter Out { get; } = TextWriter.Synchronized(output);
}

/// <summary>The one member of the one local club that console mode plays.</summary>
internal static class ConsoleIdentity
{
    public const ulong GuildId = 1;
    public const ulong ChannelId = 2;
    public const ulong UserId = 3;

    /// <summary>The local club's name, in the console's language.</summary>
    public static string GuildName => Get("Console_ClubName");

    /// <summary>The reader's zone: the console member's own, else the club's, else UTC.</summary>
    public static async Task<TimeZoneInfo> ZoneAsync(IServiceProvider services, CancellationToken ct)
    {
        var club = await services.GetRequiredService<IClubStore>().FindAsync(GuildId, ct);
        var member = await services.GetRequiredService<IMemberStore>().FindAsync(GuildId, UserId, ct);
        return (club, member) switch
        {
            ({ } c, { } m) => MembershipService.ZoneOf(m, c),
            ({ } c, null) => c.Zone(),
            _ => TimeZoneInfo.Utc,
        };
    }

    public static string DisplayName => string.IsNullOrWhiteSpace(Environment.UserName) ? Get("Console_You") : Environment.UserName;
}
