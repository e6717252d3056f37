using RunWell.Domain.Posts;

namespace RunWell.Domain.GroupRuns;

/// <summary>A run's announcement in the club channel: the run and who answered.</summary>
public sealed record GroupRunAnnouncementPost(GroupRunView View) : PostFacts;

/// <summary>After the run, in the club channel: "who came?" with the one-tap log.</summary>
public sealed record GroupRunWhoCamePost(GroupRun Run) : PostFacts;

/// <summary>The reminder DM to a member who said "I'm in".</summary>
public sealed record GroupRunReminderDirect(GroupRun Run) : PostFacts;

/// <summary>The DM to a member who said "I'm in" to a run that was cancelled.</summary>
public sealed record GroupRunCancelledDirect(GroupRun Run) : PostFacts;
