using RunWell.Discord.Json;

namespace RunWell.Discord.Rest;

/// <summary>
/// Applies the per-part embed limits and the 6000-character total across all embeds. Text is consumed
/// in reading order, so when the total runs out the tail (last fields, later embeds) is what is cut.
/// </summary>
internal static class EmbedBudget
{
    public static List<WireEmbed> Apply(IReadOnlyList<DiscordEmbed> embeds, ICollection<string> adjustments)
    {
        if (embeds.Count > MessageLimits.Embeds)
            adjustments.Add($"embeds cut from {embeds.Count} to {MessageLimits.Embeds}");
        var budget = MessageLimits.EmbedTotal;
        var result = new List<WireEmbed>();
        foreach (var embed in embeds.Take(MessageLimits.Embeds))
        {
            var title = Take(embed.Title, MessageLimits.EmbedTitle, "embed title", ref budget, adjustments);
            var description = Take(embed.Description, MessageLimits.EmbedDescription, "embed description", ref budget, adjustments);
            if (embed.Fields.Count > MessageLimits.EmbedFields)
                adjustments.Add($"embed fields cut from {embed.Fields.Count} to {MessageLimits.EmbedFields}");
            var fields = new List<WireEmbedField>();
            foreach (var field in embed.Fields.Take(MessageLimits.EmbedFields))
            {
                // Both parts are required: a field that no longer fits whole in name is dropped.
                if (budget < 2 || string.IsNullOrWhiteSpace(field.Name) || string.IsNullOrWhiteSpace(field.Value))
                {
                    adjustments.Add("embed field dropped (empty or over the 6000 total)");
                    continue;
                }
                var name = Take(field.Name, MessageLimits.FieldName, "field name", ref budget, adjustments)!;
                var value = Take(field.Value, MessageLimits.FieldValue, "field value", ref budget, adjustments);
                if (string.IsNullOrEmpty(value))
                {
                    budget += name.Length;
                    adjustments.Add("embed field dropped (over the 6000 total)");
                    continue;
                }
                fields.Add(new WireEmbedField(name, value, field.Inline));
            }
            var footer = Take(embed.Footer, MessageLimits.Footer, "embed footer", ref budget, adjustments);
            var wire = new WireEmbed
            {
                Title = Empty(title),
                Description = Empty(description),
                Fields = fields.Count > 0 ? fields : null,
                Footer = Empty(footer) is { } f ? new WireEmbedFooter(f) : null,
                Color = embed.Color is { } c ? Math.Clamp(c, 0, 0xFFFFFF) : null,
                Image = embed.ImageUrl is { } url ? new WireEmbedImage(url.OriginalString) : null,
            };
            if (wire.Title is null && wire.Description is null && wire.Fields is null && wire.Footer is null && wire.Image is null)
            {
                adjustments.Add("empty embed dropped");
                continue;
            }
            result.Add(wire);
        }
        return result;
    }

    private static string? Empty(string? s) => string.IsNullOrEmpty(s) ? null : s;

    private static string? Take(string? text, int max, string what, ref int budget, ICollection<string> adjustments)
    {
        if (text is null)
            return null;
        // Discord counts the total after trimming whitespace, so do the same before measuring.
        text = MessageLimits.Trim(text.Trim(), max, what, adjustments)!;
        if (text.Length > budget)
        {
            adjustments.Add($"{what} cut to fit the {MessageLimits.EmbedTotal}-character embed total");
            text = budget > 1 ? MessageLimits.Cut(text, budget - 1) + "…" : "";
        }
        budget -= text.Length;
        return text;
    }
}
