namespace RunWell.Domain.Messaging;

/// <summary>Mention and timestamp markup that Discord renders for each reader (console shows it as is).</summary>
public static class Mention
{
    public static string User(ulong userId) => $"<@{userId}>";

    public static string Channel(ulong channelId) => $"<#{channelId}>";

    /// <summary>A timestamp each reader sees in their own zone; style F = long date and time.</summary>
    public static string Time(DateTimeOffset instant, char style = 'F') => $"<t:{instant.ToUnixTimeSeconds()}:{style}>";
}
