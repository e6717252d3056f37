using System.Globalization;

namespace RunWell.Discord;

/// <summary>
/// Discord's permission bitfield (sent as a decimal string). Only the bits RunWell reads or asks for
/// are named; others received are kept as they are.
/// </summary>
[Flags]
#pragma warning disable CA1711 // "Permissions" is Discord's own name for the bitfield.
public enum DiscordPermissions : ulong
#pragma warning restore CA1711
{
    None = 0,

    /// <summary>Every permission, whatever the channel overwrites say.</summary>
    Administrator = 1UL << 3,

    /// <summary>"Manage Server": RunWell's admin commands.</summary>
    ManageGuild = 1UL << 5,
    ViewChannel = 1UL << 10,
    SendMessages = 1UL << 11,
    EmbedLinks = 1UL << 14,
    AttachFiles = 1UL << 15,
    ReadMessageHistory = 1UL << 16,

    /// <summary>"Manage Events": any scheduled event (group runs).</summary>
    ManageEvents = 1UL << 33,

    /// <summary>"Create Events": create, edit and delete its own scheduled events (group runs).</summary>
    CreateEvents = 1UL << 44,
}

/// <summary>Reading and writing the bitfield.</summary>
public static class DiscordPermissionsExtensions
{
    /// <summary>The decimal string Discord expects (e.g. default_member_permissions "32").</summary>
    public static string ToBitfield(this DiscordPermissions permissions) => ((ulong)permissions).ToString(CultureInfo.InvariantCulture);

    /// <summary>Whether every permission in <paramref name="wanted"/> is held; Administrator holds them all.</summary>
    public static bool Grants(this DiscordPermissions held, DiscordPermissions wanted) =>
        (held & DiscordPermissions.Administrator) != 0 || (held & wanted) == wanted;
}
