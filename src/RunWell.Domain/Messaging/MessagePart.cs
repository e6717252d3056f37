using System.Text.Json.Serialization;

namespace RunWell.Domain.Messaging;

/// <summary>
/// One typed piece of a message. Words, names, times and links are kept apart so each platform renders
/// them its own way (the Discord renderer writes its markup and mention rules; the console shows a name and a local time) and
/// nobody ever has to parse markup back out of a string.
/// </summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "$p")]
[JsonDerivedType(typeof(TextPart), "text")]
[JsonDerivedType(typeof(EmphasisPart), "em")]
[JsonDerivedType(typeof(CommandPart), "cmd")]
[JsonDerivedType(typeof(UserPart), "user")]
[JsonDerivedType(typeof(ChannelPart), "channel")]
[JsonDerivedType(typeof(TimestampPart), "time")]
[JsonDerivedType(typeof(LinkPart), "link")]
public abstract record MessagePart;

/// <summary>Plain words, shown exactly as written (a member's own text included).</summary>
public sealed record TextPart(string Text) : MessagePart;

public enum Emphasis
{
    Strong,
    Soft,
}

/// <summary>Words that stand out: <see cref="Emphasis.Strong"/> (bold) or <see cref="Emphasis.Soft"/> (italic).</summary>
public sealed record EmphasisPart(string Text, Emphasis Kind = Emphasis.Strong) : MessagePart;

/// <summary>A command to type, e.g. "/buddy join" or "/run log minutes:10".</summary>
public sealed record CommandPart(string Command) : MessagePart;

/// <summary>A member, named; <see cref="Ping"/> says whether this message may notify them.</summary>
public sealed record UserPart(ulong UserId, bool Ping = false) : MessagePart;

public sealed record ChannelPart(ulong ChannelId) : MessagePart;

public enum TimestampStyle
{
    /// <summary>Date and time, e.g. "Thursday 26 November 2026 18:00".</summary>
    DateTime,

    /// <summary>Shorter date and time, e.g. "26 November 2026 18:00".</summary>
    ShortDateTime,

    /// <summary>The date only, e.g. "26 November 2026".</summary>
    Date,
}

/// <summary>An instant each reader sees in their own time zone.</summary>
public sealed record TimestampPart(DateTimeOffset At, TimestampStyle Style = TimestampStyle.ShortDateTime) : MessagePart
{
    public static TimestampPart Utc(DateTime utc, TimestampStyle style = TimestampStyle.ShortDateTime) =>
        new(new DateTimeOffset(DateTime.SpecifyKind(utc, DateTimeKind.Utc)), style);
}

public sealed record LinkPart(string Label, Uri Url) : MessagePart;
