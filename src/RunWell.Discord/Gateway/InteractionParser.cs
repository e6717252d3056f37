using System.Globalization;
using System.Text.Json;

namespace RunWell.Discord.Gateway;

/// <summary>Maps the JSON interaction object onto <see cref="DiscordInteraction"/>, flattening subcommands.</summary>
internal static class InteractionParser
{
    public static DiscordInteraction Parse(JsonElement d)
    {
        var member = d.TryGetProperty("member", out var m) && m.ValueKind == JsonValueKind.Object ? m : (JsonElement?)null;
        var userElement = member is { } mm && mm.TryGetProperty("user", out var mu) ? mu : d.GetProperty("user");
        var type = (InteractionType)d.GetProperty("type").GetInt32();
        var data = d.TryGetProperty("data", out var dd) && dd.ValueKind == JsonValueKind.Object ? dd : (JsonElement?)null;

        return new DiscordInteraction
        {
            Id = Id(d, "id")!.Value,
            ApplicationId = Id(d, "application_id")!.Value,
            Type = type,
            Token = d.GetProperty("token").GetString()!,
            GuildId = Id(d, "guild_id"),
            ChannelId = Id(d, "channel_id") ?? (d.TryGetProperty("channel", out var ch) ? Id(ch, "id") : null),
            User = new DiscordUser(Id(userElement, "id")!.Value, Str(userElement, "username") ?? "", Str(userElement, "global_name")),
            MemberNick = member is { } n ? Str(n, "nick") : null,
            MemberPermissions = member is { } p ? (DiscordPermissions?)Id(p, "permissions") : null,
            AppPermissions = (DiscordPermissions)(Id(d, "app_permissions") ?? 0),
            Locale = Str(d, "locale"),
            GuildLocale = Str(d, "guild_locale"),
            Command = type is InteractionType.ApplicationCommand or InteractionType.Autocomplete && data is { } cd ? Command(cd) : null,
            Component = type == InteractionType.MessageComponent && data is { } comp ? Component(comp) : null,
            ModalSubmit = type == InteractionType.ModalSubmit && data is { } modal ? Modal(modal) : null,
            MessageId = d.TryGetProperty("message", out var msg) && msg.ValueKind == JsonValueKind.Object ? Id(msg, "id") : null,
            AttachmentSizeLimit = d.TryGetProperty("attachment_size_limit", out var asl) && asl.ValueKind == JsonValueKind.Number && asl.TryGetInt64(out var limit) ? limit : null,
        };
    }

    private static DiscordCommandData Command(JsonElement data)
    {
        List<string>? path = null;
        var options = data.TryGetProperty("options", out var o) ? o : default;
        // Descend through SUB_COMMAND_GROUP (2) / SUB_COMMAND (1) wrappers to the leaf values.
        while (options.ValueKind == JsonValueKind.Array && options.GetArrayLength() == 1
               && options[0].GetProperty("type").GetInt32() is 1 or 2)
        {
            (path ??= []).Add(options[0].GetProperty("name").GetString()!);
            options = options[0].TryGetProperty("options", out var inner) ? inner : default;
        }

        var leaves = new List<DiscordOptionValue>(options.ValueKind == JsonValueKind.Array ? options.GetArrayLength() : 0);
        if (options.ValueKind == JsonValueKind.Array)
        {
            foreach (var option in options.EnumerateArray())
            {
                leaves.Add(DiscordOptionValue.From(
                    option.GetProperty("name").GetString()!,
                    (ApplicationCommandOptionType)option.GetProperty("type").GetInt32(),
                    option.TryGetProperty("value", out var v) ? v : default,
                    option.TryGetProperty("focused", out var f) && f.ValueKind == JsonValueKind.True));
            }
        }

        Dictionary<ulong, DiscordResolvedChannel>? channels = null;
        if (data.TryGetProperty("resolved", out var resolved) && resolved.TryGetProperty("channels", out var rc) && rc.ValueKind == JsonValueKind.Object)
        {
            channels = [];  // most commands resolve no channel: they get the shared empty map
            foreach (var entry in rc.EnumerateObject())
            {
                var c = entry.Value;
                var id = Id(c, "id") ?? ulong.Parse(entry.Name, CultureInfo.InvariantCulture);
                channels[id] = new DiscordResolvedChannel(id, c.TryGetProperty("type", out var t) ? t.GetInt32() : 0, (DiscordPermissions)(Id(c, "permissions") ?? 0), Str(c, "name"));
            }
        }

        return new DiscordCommandData(Id(data, "id") ?? 0, data.GetProperty("name").GetString()!, (IReadOnlyList<string>?)path ?? [], leaves,
            (IReadOnlyDictionary<ulong, DiscordResolvedChannel>?)channels ?? System.Collections.ObjectModel.ReadOnlyDictionary<ulong, DiscordResolvedChannel>.Empty);
    }

    private static DiscordComponentData Component(JsonElement data)
    {
        var values = data.TryGetProperty("values", out var v) && v.ValueKind == JsonValueKind.Array
            ? v.EnumerateArray().Select(x => x.GetString() ?? "").ToList()
            : [];
        return new DiscordComponentData(Str(data, "custom_id") ?? "", data.TryGetProperty("component_type", out var t) ? t.GetInt32() : 0, values);
    }

    /// <summary>Text inputs sit in action rows (type 1, "components") or in labels (type 18, "component").</summary>
    private static DiscordModalData Modal(JsonElement data)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        void Collect(JsonElement component)
        {
            if (component.TryGetProperty("type", out var t) && t.GetInt32() == 4 && Str(component, "custom_id") is { } id)
                values[id] = Str(component, "value") ?? "";
            if (component.TryGetProperty("component", out var inner) && inner.ValueKind == JsonValueKind.Object)
                Collect(inner);
            if (component.TryGetProperty("components", out var children) && children.ValueKind == JsonValueKind.Array)
                foreach (var child in children.EnumerateArray())
                    Collect(child);
        }

        Collect(data);
        return new DiscordModalData(Str(data, "custom_id") ?? "", values);
    }

    private static string? Str(JsonElement e, string name) =>
        e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;

    private static ulong? Id(JsonElement e, string name) => Snowflake.Read(e, name);
}
