using RunWell.Domain.Members;
using RunWell.Domain.Ports;

namespace RunWell.Domain.Buddies;

/// <summary>Answers to the weekly buddy check-in: only the group's own members, one each, changeable.</summary>
public sealed class BuddyAnswerService(
    MembershipService membership,
    IBuddyStore buddies,
    IUnitOfWork unitOfWork,
    TimeProvider time)
{
    public async Task<Outcome<BuddyAnswered>> AnswerAsync(MemberRef who, long groupId, BuddyAnswerKind answer, CancellationToken ct)
    {
        var group = await buddies.FindGroupAsync(groupId, ct);
        if (group is null || group.GuildId != who.GuildId || !group.Members.Any(s => s.UserId == who.UserId))
        {
            return Outcome.Fail<BuddyAnswered>(new Problem(ProblemKind.NotYourCheckIn, null));
        }

        await membership.EnsureAsync(who, ct);
        var now = time.GetUtcNow().UtcDateTime;

        var existing = await buddies.FindAnswerAsync(groupId, who.UserId, ct);
        var previous = existing?.Answer;
        if (existing is null)
        {
            buddies.AddAnswer(new BuddyAnswer { GroupId = groupId, GuildId = who.GuildId, UserId = who.UserId, Answer = answer, AnsweredAtUtc = now });
        }
        else
        {
            existing.Answer = answer;
            existing.AnsweredAtUtc = now;
        }

        // Any answer, "not this week" included, means the member showed up: its time is part of their
        // LastActivity, so nudges count quiet days from here without the member row being written.
        await unitOfWork.SaveChangesAsync(ct);
        return new BuddyAnswered(answer, previous);
    }
}
