using RunWell.Domain.Members;
using RunWell.Domain.Messaging;
using RunWell.Domain.Nudges;
using RunWell.Domain.Ports;
using RunWell.Domain.Text;
using RunWell.Domain.Time;

namespace RunWell.Domain.Posts;

/// <summary>What one delivery pass did, for logs.</summary>
public sealed record DeliveryPass(int Sent, int Retrying, int Failed);

/// <summary>
/// Sends due outbox rows through the messenger, one at a time and saved after each, so a row marked
/// Sent is never sent again and a crash mid-send is covered by the row's delivery key. Throughput is whatever
/// the messenger's own rate limiting allows: this worker adds no limits of its own.
/// </summary>
public sealed class OutboxDelivery(
    IOutboxStore outbox,
    IClubStore clubs,
    IOutboundMessenger messenger,
    IMemberStore members,
    INudgeStore nudges,
    IUnitOfWork unitOfWork,
    TimeProvider time)
{
    public async Task<DeliveryPass> DeliverDueAsync(CancellationToken ct)
    {
        int sent = 0, retrying = 0, failed = 0;
        while (true)
        {
            var due = await outbox.ListDueAsync(time.GetUtcNow().UtcDateTime, OutboxPolicy.BatchSize, ct);
            if (due.Count == 0)
            {
                return new DeliveryPass(sent, retrying, failed);
            }

            foreach (var row in due)
            {
                ct.ThrowIfCancellationRequested();
                var delivery = await DeliverAsync(row, ct);
                if (row.Kind == PostKind.Nudge && row.DirectMessageUserId is { } userId && delivery != NudgeDelivery.Pending
                    && await nudges.FindPendingLogAsync(row.GuildId, userId, ct) is { } log)
                {
                    // The record and the export say where the nudge really went.
                    log.Delivery = delivery;
                }

                await unitOfWork.SaveChangesAsync(CancellationToken.None);
                switch (row.Status)
                {
                    case OutboxStatus.Sent: sent++; break;
                    case OutboxStatus.Failed: failed++; break;
                    case OutboxStatus.Withdrawn: break;
                    default: retrying++; break;
                }
            }
        }
    }

    /// <returns>Where a DM really went once settled (DM, channel mention or skipped); Pending while it may still be retried.</returns>
    private async Task<NudgeDelivery> DeliverAsync(OutboxMessage row, CancellationToken ct)
    {
        if (row.DirectMessageUserId is { } recipient)
        {
            var member = await members.FindAsync(row.GuildId, recipient, ct);
            if (!await StillWantedAsync(row, member, ct))
            {
                row.Status = OutboxStatus.Withdrawn;
                row.LastError = DirectMessageConsent.Withdrawn;
                return NudgeDelivery.Skipped;
            }

            // Still wanted implies the member row exists.
            if (row.Kind is PostKind.Nudge or PostKind.PlanReminder && await HeldUntilMorningAsync(row, member!, ct) is { } morning)
            {
                // A nudge delayed by an outage into the evening waits for the morning: never one at night.
                row.NextAttemptAtUtc = morning;
                row.LastError = "Held until 08:00 the member's time (no nudges between 21:00 and 08:00).";
                return NudgeDelivery.Pending;
            }
        }

        var attemptAt = time.GetUtcNow().UtcDateTime;
        if (row.UnconfirmedSinceUtc is { } since && attemptAt > LastSafeRetry(since))
        {
            // An earlier attempt may have posted it, and a repeat would no longer be dropped (a restart or
            // an outage delayed this retry): never risk posting it twice.
            FailUnconfirmed(row, row.LastError);
            return NudgeDelivery.Skipped;
        }

        row.Attempts++;
        var result = await SendAsync(row, OutboxPayload.Deserialize(row.PayloadJson), row.DeliveryKey, ct);

        var delivery = NudgeDelivery.DirectMessage;
        if (result.Status == SendStatus.DirectMessagesClosed)
        {
            var channel = row.FallbackPayloadJson is null ? null : (await clubs.FindAsync(row.GuildId, ct))?.ChannelId;
            if (channel is null)
            {
                Fail(row, "DMs closed; skipped (the member did not agree to a channel mention, or no club channel).");
                return NudgeDelivery.Skipped;
            }

            delivery = NudgeDelivery.ClubChannel;
            attemptAt = time.GetUtcNow().UtcDateTime;
            result = await SendSafelyAsync(
                () => messenger.SendToChannelAsync(row.GuildId, channel.Value, OutboxPayload.Deserialize(row.FallbackPayloadJson!), DeliveryKeys.Fallback(row.DeliveryKey), ct), ct);
            if (result.Status == SendStatus.Sent)
            {
                row.LastError = "DMs closed; posted in the club channel instead.";
            }
        }

        var now = time.GetUtcNow().UtcDateTime;
        if (result.Status == SendStatus.Unconfirmed)
        {
            row.UnconfirmedSinceUtc ??= attemptAt;
        }

        switch (result.Status)
        {
            case SendStatus.Sent:
                row.Status = OutboxStatus.Sent;
                row.SentMessageId = result.MessageId;
                row.SentAtUtc = now;
                return delivery;
            case SendStatus.Transient or SendStatus.Unconfirmed when row.UnconfirmedSinceUtc is { } unsure && now >= LastSafeRetry(unsure):
                FailUnconfirmed(row, result.Detail);
                return NudgeDelivery.Skipped;
            case SendStatus.Transient or SendStatus.Unconfirmed when row.Attempts < OutboxPolicy.MaxAttempts:
                row.LastError = TypedText.Shorten($"{result.Status}: {result.Detail}", OutboxPolicy.ErrorMaxLength);
                var next = now + OutboxPolicy.BackoffAfter(row.Attempts);
                // After an attempt that may have posted, the retry must still fall inside the platform's repeat guard.
                row.NextAttemptAtUtc = row.UnconfirmedSinceUtc is { } unconfirmed && next > LastSafeRetry(unconfirmed)
                    ? LastSafeRetry(unconfirmed)
                    : next;
                return NudgeDelivery.Pending;
            case SendStatus.Transient or SendStatus.Unconfirmed:
                Fail(row, $"Gave up after {row.Attempts} attempts: {result.Detail}");
                return NudgeDelivery.Skipped;
            default:
                // Missing permission, unknown channel: retrying cannot help until an admin acts.
                Fail(row, $"{result.Status}: {result.Detail}");
                return NudgeDelivery.Skipped;
        }
    }

    private async Task<DateTime?> HeldUntilMorningAsync(OutboxMessage row, Member member, CancellationToken ct)
    {
        // The member row cascades from the club's, so the club is there whenever the member is.
        var club = await clubs.FindAsync(row.GuildId, ct);
        var zone = club is null ? TimeZones.FindOrUtc(member.TimeZoneId) : MembershipService.ZoneOf(member, club);
        return NudgePolicy.HeldUntilUtc(zone, time.GetUtcNow().UtcDateTime);
    }

    /// <param name="member">The recipient's row now; null when they deleted their data.</param>
    private async Task<bool> StillWantedAsync(OutboxMessage row, Member? member, CancellationToken ct)
    {
        var now = time.GetUtcNow().UtcDateTime;
        var pause = member is null ? null : await members.FindActivePauseAsync(row.GuildId, member.UserId, now, ct);

        // A member may keep their slot reminders through a break (/pause keep_slots); nothing else.
        var paused = pause is not null && !(row.Kind == PostKind.PlanReminder && pause.KeepSlots);
        return DirectMessageConsent.StillWanted(member, paused, row.Kind, now);
    }

    private DateTime LastSafeRetry(DateTime unconfirmedSince) => OutboxPolicy.LastSafeRetry(unconfirmedSince, messenger.RepeatGuardWindow);

    private Task<SendResult> SendAsync(OutboxMessage row, Message message, string deliveryKey, CancellationToken ct)
    {
        if (row.DirectMessageUserId is { } userId)
        {
            return SendSafelyAsync(() => messenger.SendDirectAsync(row.GuildId, userId, message, deliveryKey, ct), ct);
        }

        if (row.ChannelId is { } channelId)
        {
            return SendSafelyAsync(() => messenger.SendToChannelAsync(row.GuildId, channelId, message, deliveryKey, ct), ct);
        }

        return Task.FromResult(new SendResult(SendStatus.UnknownChannel, Detail: "No destination."));
    }

    /// <summary>An unexpected exception from an adapter is an outage to retry, not a reason to stop the worker.</summary>
    private static async Task<SendResult> SendSafelyAsync(Func<Task<SendResult>> send, CancellationToken ct)
    {
        try
        {
            return await send();
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !ct.IsCancellationRequested)
        {
            return new SendResult(SendStatus.Transient, Detail: ex.GetType().Name);
        }
    }

    private static void FailUnconfirmed(OutboxMessage row, string? detail) =>
        Fail(row, $"Not sent again: an earlier attempt may have posted it ({detail}), and a repeat could now post it twice. Check the channel.");

    private static void Fail(OutboxMessage row, string error)
    {
        row.Status = OutboxStatus.Failed;
        row.LastError = TypedText.Shorten(error, OutboxPolicy.ErrorMaxLength);
    }
}
