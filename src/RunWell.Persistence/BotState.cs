namespace RunWell.Persistence;

/// <summary>Small key/value facts the bot keeps about itself (e.g. the hash of the registered command list).</summary>
public sealed class BotState
{
    public string Key { get; set; } = "";
    public string Value { get; set; } = "";
    public DateTime UpdatedAtUtc { get; set; }
}
