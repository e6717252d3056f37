using RunWell.Domain.Entries;
using RunWell.Domain.Reviews;
using RunWell.Domain.Time;

namespace RunWell.Domain.Tests.Reviews;

/// <summary>Entries in UTC, so local date and time are what the test says.</summary>
internal sealed class Fixtures
{
    /// <summary>Monday 16 November 2026.</summary>
    public static readonly DateOnly Monday = new(2026, 11, 16);

    public static readonly WeekWindow Week = new(Monday, TimeZoneInfo.Utc);

    private long _ids;

    public List<RunLog> Runs { get; } = [];

    public List<CheckIn> CheckIns { get; } = [];

    public CheckIn CheckIn(int day, string time, int mood, int stress = 5, int energy = 5, int? sleep = null)
    {
        var (date, at) = When(day, time);
        var checkIn = new CheckIn
        {
            Id = ++_ids, AtUtc = at, LocalDate = date, LocalTime = TimeOnly.Parse(time, System.Globalization.CultureInfo.InvariantCulture),
            Mood = mood, Stress = stress, Energy = energy, Sleep = sleep,
        };
        CheckIns.Add(checkIn);
        return checkIn;
    }

    public RunLog Run(int day, string time, int minutes, int? moodAfter = null, CheckIn? before = null, int? stressAfter = null, int? energyAfter = null)
    {
        var (date, at) = When(day, time);
        var run = new RunLog
        {
            Id = ++_ids, AtUtc = at, LocalDate = date, LocalTime = TimeOnly.Parse(time, System.Globalization.CultureInfo.InvariantCulture),
            Minutes = minutes, MoodAfter = moodAfter, StressAfter = stressAfter, EnergyAfter = energyAfter, BeforeCheckInId = before?.Id,
        };
        Runs.Add(run);
        return run;
    }

    /// <summary>A run with a check-in 30 minutes before it.</summary>
    public RunLog RunWithBefore(int day, string time, int minutes, int moodBefore, int moodAfter)
    {
        var start = TimeOnly.Parse(time, System.Globalization.CultureInfo.InvariantCulture);
        var before = CheckIn(day, start.AddMinutes(-30).ToString("HH:mm", System.Globalization.CultureInfo.InvariantCulture), moodBefore);
        return Run(day, time, minutes, moodAfter, before);
    }

    public WeeklyReview Build(int weeksInARow = 1, bool paused = false, DateOnly? today = null) =>
        WeeklyReviewBuilder.Build(new WeeklyReviewInput(Week, today ?? Monday.AddDays(7), Runs, CheckIns, weeksInARow, paused));

    /// <param name="day">0 = Monday of <see cref="Week"/>; negative or 7+ reach the weeks around it.</param>
    private static (DateOnly Date, DateTime Utc) When(int day, string time)
    {
        var date = Monday.AddDays(day);
        var local = TimeOnly.Parse(time, System.Globalization.CultureInfo.InvariantCulture);
        return (date, DateTime.SpecifyKind(date.ToDateTime(local), DateTimeKind.Utc));
    }
}
