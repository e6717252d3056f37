using System.Globalization;
using RunWell.Discord.Json;

namespace RunWell.Discord.Rest;

/// <summary>
/// Discord's documented limits for a guild scheduled event and for a modal. Text that is too long is
/// trimmed (the caller's words, not its structure); a structure Discord would refuse throws instead.
/// </summary>
internal static class ScheduledEventLimits
{
    public const int Name = 100;
    public const int Description = 1000;
    public const int Location = 100;

    /// <summary>entity_type EXTERNAL: a place outside Discord, with a location and a required end.</summary>
    public const int External = 3;

    /// <summary>privacy_level GUILD_ONLY, the only level Discord accepts.</summary>
    public const int GuildOnly = 2;

    public static WireScheduledEventCreate ToWire(DiscordScheduledEvent e)
    {
        if (string.IsNullOrWhiteSpace(e.Name) || string.IsNullOrWhiteSpace(e.Location))
            throw new ArgumentException("A scheduled event needs a name and a location.", nameof(e));
        if (e.End <= e.Start)
            throw new ArgumentException("A scheduled event must end after it starts.", nameof(e));

        return new WireScheduledEventCreate(
            Trim(e.Name, Name),
            GuildOnly,
            Iso(e.Start),
            Iso(e.End),
            e.Description is null ? null : Trim(e.Description, Description),
            External,
            new WireEntityMetadata(Trim(e.Location, Location)));
    }

    private static string Iso(DateTimeOffset instant) => instant.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    internal static string Trim(string text, int max) => text.Length <= max ? text : text[..(max - 1)] + "…";
}

/// <summary>Modal limits: custom_id 1–100, title ≤ 45, 1–5 inputs, label ≤ 45, placeholder ≤ 100, max_length 1–4000.</summary>
internal static class ModalLimits
{
    public static WireModalCallback ToWire(DiscordModal modal)
    {
        if (modal.CustomId.Length is 0 or > MessageLimits.CustomId)
            throw new ArgumentException("A modal's custom_id must be 1–100 characters.", nameof(modal));
        if (modal.Inputs.Count is 0 or > 5)
            throw new ArgumentException("A modal holds 1 to 5 text inputs.", nameof(modal));

        var rows = modal.Inputs.Select(i => new WireModalRow(1,
        [
            new WireTextInput
            {
                CustomId = i.CustomId,
                Label = ScheduledEventLimits.Trim(i.Label, 45),
                MaxLength = Math.Clamp(i.MaxLength, 1, 4000),
                Required = i.Required,
                Placeholder = i.Placeholder is null ? null : ScheduledEventLimits.Trim(i.Placeholder, 100),
            },
        ])).ToList();
        return new WireModalCallback(9, new WireModal(modal.CustomId, ScheduledEventLimits.Trim(modal.Title, 45), rows));
    }
}
