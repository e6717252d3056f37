namespace RunWell.Domain.Entries;

/// <summary>
/// Server-side limits, checked whatever the client validated. Each problem names the option and the
/// allowed range, so a member can fix it in one go.
/// </summary>
public static class EntryValidation
{
    public static Problem? Rating(string option, int? value) =>
        value is null or (>= EntryLimits.MinRating and <= EntryLimits.MaxRating)
            ? null
            : new Problem(ProblemKind.OutOfRange, option, EntryLimits.MinRating, EntryLimits.MaxRating, value);

    public static Problem? Minutes(int minutes) =>
        minutes is >= EntryLimits.MinMinutes and <= EntryLimits.MaxMinutes
            ? null
            : new Problem(ProblemKind.MinutesOutOfRange, "minutes", EntryLimits.MinMinutes, EntryLimits.MaxMinutes, minutes);

    public static Problem? Text(string option, string? value, int max) =>
        value is null || value.Length <= max ? null : new Problem(ProblemKind.TooLong, option, max, value.Length);

    public static Problem? Distance(double? km) =>
        km is null or (>= EntryLimits.MinDistanceKm and <= EntryLimits.MaxDistanceKm)
            ? null
            : new Problem(ProblemKind.DistanceOutOfRange, "distance_km", EntryLimits.MinDistanceKm, EntryLimits.MaxDistanceKm, km);

    public static Problem? FirstError(params Problem?[] errors) => errors.FirstOrDefault(e => e is not null);

    public static Problem? CheckIn(LogCheckInRequest r) => FirstError(
        Rating("mood", r.Mood), Rating("stress", r.Stress), Rating("energy", r.Energy), Rating("sleep", r.Sleep),
        Text("concern", r.Concern, EntryLimits.ConcernMaxLength));

    public static Problem? Run(LogRunRequest r) => FirstError(
        Minutes(r.Minutes), Rating("mood", r.Mood), Rating("stress", r.Stress), Rating("energy", r.Energy),
        Text("note", r.Note, EntryLimits.NoteMaxLength), Distance(r.DistanceKm),
        Enum.IsDefined(r.Kind) ? null : new Problem(ProblemKind.NotAChoice, "kind"),
        r.Helped is null || Enum.IsDefined(r.Helped.Value) ? null : new Problem(ProblemKind.NotAChoice, "helped"));
}
