using RunWell.Bot.Engine;

namespace RunWell.Testing;

/// <summary>Builds requests the way an adapter would, for handler tests.</summary>
public static class Commands
{
    public const ulong GuildId = 1_288_000_000_000_000_001;
    public const ulong ChannelId = 1_288_000_000_000_000_777;
    public const ulong AnnId = 1_190_000_000_000_000_042;
    public const ulong BenId = 1_190_000_000_000_000_043;

    private static long _ids = 1_310_000_000_000_000_000;

    public static Caller Member(ulong userId = AnnId, string name = "Ann", ulong guildId = GuildId, bool admin = false) =>
        new(guildId, userId, name, admin, "Test club");

    public static CommandRequest Request(string path, Caller caller, params (string Name, object? Value)[] options) =>
        new(path, options.ToDictionary(o => o.Name, o => o.Value), caller, NextInteractionId());

    public static string NextInteractionId() => Interlocked.Increment(ref _ids).ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>Runs a command through the real engine in its own scope.</summary>
    public static Task<Reply> RunAsync(this TestServices services, string path, Caller caller, params (string Name, object? Value)[] options) =>
        services.InScopeAsync(sp => sp.GetEngine().RunCommandAsync(Request(path, caller, options), CancellationToken.None));

    public static Task<Reply> PressAsync(this TestServices services, string customId, Caller caller) =>
        services.InScopeAsync(sp => sp.GetEngine().RunComponentAsync(new ComponentRequest(customId, caller), CancellationToken.None));

    private static BotEngine GetEngine(this IServiceProvider services) =>
        (BotEngine)services.GetService(typeof(BotEngine))!;
}
