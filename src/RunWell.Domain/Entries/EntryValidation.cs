using System.Globalization;

namespace RunWell.Domain.Entries;

/// <summary>
/// Server-side limits, checked whatever the client validated. Each message names the option and
/// the allowed range, so a member can fix it in one go.
/// </summary>
public static class EntryValidation
{
    public static string? Rating(string option, int? value) =>
        value is null or (>= EntryLimits.MinRating and <= EntryLimits.MaxRating)
            ? null
            : $"**{option}** goes from {EntryLimits.MinRating} to {EntryLimits.MaxRating} (you sent {value}).";

    public static string? Minutes(int minutes) =>
        minutes is >= EntryLimits.MinMinutes and <= EntryLimits.MaxMinutes
            ? null
            : $"**minutes** goes from {EntryLimits.MinMinutes} to {EntryLimits.MaxMinutes} (you sent {minutes}). Even 5 minutes counts!";

    public static string? Text(string option, string? value, int max) =>
        value is null || value.Length <= max
            ? null
            : $"**{option}** can be at most {max} characters (yours has {value.Length}).";

    public static string? Distance(double? km) =>
        km is null or (>= EntryLimits.MinDistanceKm and <= EntryLimits.MaxDistanceKm)
            ? null
            : string.Create(CultureInfo.InvariantCulture,
                $"**distance_km** goes from {EntryLimits.MinDistanceKm} to {EntryLimits.MaxDistanceKm} (you sent {km}). It is optional, too.");

    public static string? FirstError(params string?[] errors) => errors.FirstOrDefault(e => e is not null);

    public static string? CheckIn(LogCheckInRequest r) => FirstError(
        Rating("mood", r.Mood), Rating("stress", r.Stress), Rating("energy", r.Energy), Rating("sleep", r.Sleep),
        Text("concern", r.Concern, EntryLimits.ConcernMaxLength));

    public static string? Run(LogRunRequest r) => FirstError(
        Minutes(r.Minutes), Rating("mood", r.Mood), Rating("stress", r.Stress), Rating("energy", r.Energy),
        Text("note", r.Note, EntryLimits.NoteMaxLength), Distance(r.DistanceKm),
        Enum.IsDefined(r.Kind) ? null : "**kind** is one of run, jog-walk, walk or other.",
        r.Helped is null || Enum.IsDefined(r.Helped.Value) ? null : "**helped** is one of pace, route, time of day, company or other.");
}
