using System.Globalization;
using System.Text.Json.Nodes;

namespace RunWell.FakeDiscord;

/// <summary>Builds interaction payloads shaped like Discord's, for <see cref="FakeGateway.SendInteractionAsync"/>.</summary>
public static class FakeInteractions
{
    private const long DiscordEpochMs = 1420070400000;
    private static long _next;

    /// <summary>Default guild of built interactions.</summary>
    public const ulong GuildId = 1288000000000000001;

    /// <summary>Default channel of built interactions.</summary>
    public const ulong ChannelId = 1288000000000000777;

    /// <summary>Default invoking user.</summary>
    public const ulong UserId = 1190000000000000042;

    /// <summary>A fresh interaction id, minted like Discord's from the current time (its creation time is in it).</summary>
    public static ulong NextId() => IdAt(TimeProvider.System.GetUtcNow());

    /// <summary>A fresh id whose snowflake says it was created at <paramref name="createdAt"/>.</summary>
    public static ulong IdAt(DateTimeOffset createdAt) =>
        ((ulong)(createdAt.ToUnixTimeMilliseconds() - DiscordEpochMs) << 22) | ((ulong)Interlocked.Increment(ref _next) & 0x3FFFFF);

    /// <summary>Gives the interaction a new id created at <paramref name="createdAt"/> (e.g. 10 s ago, or a fake clock's now).</summary>
    public static JsonObject CreatedAt(this JsonObject interaction, DateTimeOffset createdAt)
    {
        ArgumentNullException.ThrowIfNull(interaction);
        interaction["id"] = Id(IdAt(createdAt));
        return interaction;
    }

    /// <summary>When the snowflake says it was created.</summary>
    public static DateTimeOffset CreationTime(ulong id) => DateTimeOffset.FromUnixTimeMilliseconds((long)(id >> 22) + DiscordEpochMs);

    /// <summary>A slash command, optionally with a subcommand path ("log") and leaf options (name → value).</summary>
    public static JsonObject SlashCommand(ulong applicationId, string name, string[]? subcommands = null, params (string Name, int Type, JsonNode? Value)[] options)
    {
        var leaves = new JsonArray();
        foreach (var (n, t, v) in options)
            leaves.Add(new JsonObject { ["name"] = n, ["type"] = t, ["value"] = v });
        JsonArray top = leaves;
        foreach (var sub in (subcommands ?? []).Reverse())
            top = new JsonArray(new JsonObject { ["name"] = sub, ["type"] = 1, ["options"] = top });
        return Base(applicationId, 2, new JsonObject { ["id"] = "1303000000000000100", ["name"] = name, ["type"] = 1, ["options"] = top });
    }

    /// <summary>A button press on a message.</summary>
    public static JsonObject Button(ulong applicationId, string customId, ulong messageId = 1310987654321090000)
    {
        var o = Base(applicationId, 3, new JsonObject { ["custom_id"] = customId, ["component_type"] = 2 });
        o["message"] = new JsonObject { ["id"] = Id(messageId), ["channel_id"] = Id(ChannelId), ["components"] = new JsonArray() };
        return o;
    }

    /// <summary>A modal submission (type 5): text inputs inside action rows, as Discord sends them.</summary>
    public static JsonObject ModalSubmit(ulong applicationId, string customId, params (string Id, string Value)[] values)
    {
        var rows = new JsonArray();
        foreach (var (id, value) in values)
            rows.Add(new JsonObject { ["type"] = 1, ["components"] = new JsonArray(new JsonObject { ["type"] = 4, ["custom_id"] = id, ["value"] = value }) });
        return Base(applicationId, 5, new JsonObject { ["custom_id"] = customId, ["components"] = rows });
    }

    /// <summary>An autocomplete request with one focused string option.</summary>
    public static JsonObject Autocomplete(ulong applicationId, string name, string option, string typed, string? subcommand = null)
    {
        var options = new JsonArray(new JsonObject { ["name"] = option, ["type"] = 3, ["value"] = typed, ["focused"] = true });
        if (subcommand is not null)
            options = new JsonArray(new JsonObject { ["name"] = subcommand, ["type"] = 1, ["options"] = options });
        return Base(applicationId, 4, new JsonObject { ["id"] = "1303000000000000100", ["name"] = name, ["type"] = 1, ["options"] = options });
    }

    private static JsonObject Base(ulong applicationId, int type, JsonObject data) => new()
    {
        ["id"] = Id(NextId()),
        ["application_id"] = Id(applicationId),
        ["type"] = type,
        ["token"] = "aW50ZXJhY3Rpb24tdG9rZW4-" + Guid.NewGuid().ToString("N"),
        ["version"] = 1,
        ["guild_id"] = Id(GuildId),
        ["channel_id"] = Id(ChannelId),
        ["channel"] = new JsonObject { ["id"] = Id(ChannelId), ["type"] = 0, ["name"] = "club-runs" },
        ["member"] = new JsonObject
        {
            ["user"] = new JsonObject { ["id"] = Id(UserId), ["username"] = "ann.runs", ["global_name"] = "Ann" },
            ["nick"] = null,
            ["roles"] = new JsonArray(),
            ["permissions"] = "2248473465835073",
        },
        ["app_permissions"] = "2251799813685247",
        ["locale"] = "en-GB",
        ["data"] = data,
    };

    private static string Id(ulong id) => id.ToString(CultureInfo.InvariantCulture);
}
