namespace RunWell.Discord;

/// <summary>
/// A modal (interaction callback type 9): custom_id 1–100, title ≤ 45, 1–5 short text inputs, each sent in
/// its own action row (the long-supported shape; Discord also accepts Label wrappers).
/// </summary>
public sealed record DiscordModal(string CustomId, string Title, IReadOnlyList<DiscordTextInput> Inputs);

/// <summary>A short (style 1) text input: label ≤ 45, placeholder ≤ 100, max_length 1–4000.</summary>
public sealed record DiscordTextInput(string CustomId, string Label, int MaxLength, bool Required = false, string? Placeholder = null);

/// <summary>The values of a submitted modal (interaction type 5), keyed by the text inputs' custom_id.</summary>
public sealed record DiscordModalData(string CustomId, IReadOnlyDictionary<string, string> Values);

/// <summary>
/// A guild scheduled event to create. RunWell uses EXTERNAL events (entity_type 3) with
/// privacy_level GUILD_ONLY (2): a location (1–100), an end time, no channel.
/// </summary>
public sealed record DiscordScheduledEvent(string Name, string? Description, string Location, DateTimeOffset Start, DateTimeOffset End);
