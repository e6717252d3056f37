using RunWell.Domain.Entries;
using RunWell.Domain.Members;
using RunWell.Domain.Ports;
using RunWell.Domain.Time;

namespace RunWell.Domain.GroupRuns;

/// <summary>
/// "I was there — log it": one press logs a run of the event's length for the presser, counted as a group
/// run; a second press finds the first. The optional after-ratings are as private as any other entry.
/// </summary>
public sealed class GroupRunAttendance(
    MembershipService membership,
    IGroupRunStore store,
    IEntryStore entries,
    IPostStore posts,
    IUnitOfWork unitOfWork,
    TimeProvider time)
{
    public const int RatingMin = EntryLimits.MinRating;
    public const int RatingMax = EntryLimits.MaxRating;

    public async Task<GroupRunOutcome<GroupRunAttended>> AttendAsync(MemberRef who, long runId, CancellationToken ct)
    {
        var run = await store.FindAsync(who.GuildId, runId, ct);
        if (run is null)
        {
            return GroupRunProblem.NotFound;
        }

        if (run.Status == GroupRunStatus.Cancelled)
        {
            return GroupRunProblem.AlreadyCancelled;
        }

        var now = time.GetUtcNow().UtcDateTime;
        if (now < run.StartUtc)
        {
            return GroupRunProblem.NotStartedYet;
        }

        if (await store.FindAttendanceAsync(who.GuildId, who.UserId, run.Id, ct) is { } logged)
        {
            return new GroupRunAttended(run, logged, AlreadyLogged: true);
        }

        var context = await membership.EnsureAsync(who, ct);
        var before = await entries.FindLatestCheckInAsync(who.GuildId, who.UserId, run.StartUtc - EntryLimits.BeforeWindow, run.StartUtc, ct);
        var local = LocalClock.ToLocal(run.StartUtc, context.Zone);
        var log = new RunLog
        {
            GuildId = who.GuildId,
            UserId = who.UserId,
            AtUtc = run.StartUtc,
            LocalDate = DateOnly.FromDateTime(local),
            LocalTime = TimeOnly.FromDateTime(local),
            Minutes = run.Minutes,
            Kind = RunKind.Run,
            Helped = HelpedBy.Company,
            BeforeCheckInId = before?.Id,
            GroupRunId = run.Id,
            CreatedAtUtc = now,
        };
        // The run at the group run's start is what counts as the member's activity (see LastActivity).
        entries.AddRun(log);

        // The unique (run, member) key settles two presses racing: the loser reads the winner's row.
        if (!await posts.TrySaveNewAsync(ct))
        {
            var winner = await store.FindAttendanceAsync(who.GuildId, who.UserId, run.Id, ct);
            return new GroupRunAttended(run, winner!, AlreadyLogged: true);
        }

        return new GroupRunAttended(run, log, AlreadyLogged: false);
    }

    public async Task<GroupRunOutcome<RunLog>> RateAsync(MemberRef who, long runId, AfterRatings ratings, CancellationToken ct)
    {
        int?[] values = [ratings.Mood, ratings.Stress, ratings.Energy];
        if (values.Any(v => v is < RatingMin or > RatingMax))
        {
            return GroupRunProblem.RatingOutOfRange;
        }

        var log = await store.FindAttendanceAsync(who.GuildId, who.UserId, runId, ct);
        if (log is null)
        {
            return GroupRunProblem.NothingLogged;
        }

        log.MoodAfter = ratings.Mood ?? log.MoodAfter;
        log.StressAfter = ratings.Stress ?? log.StressAfter;
        log.EnergyAfter = ratings.Energy ?? log.EnergyAfter;
        await unitOfWork.SaveChangesAsync(ct);
        return log;
    }
}
