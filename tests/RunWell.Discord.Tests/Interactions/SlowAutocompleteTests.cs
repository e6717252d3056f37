using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using RunWell.FakeDiscord;

namespace RunWell.Discord.Tests.Interactions;

/// <summary>Autocomplete cannot be deferred, so a slow handler must not let the 3 s deadline pass unanswered.</summary>
public sealed class SlowAutocompleteTests
{
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(5);

    [Fact]
    public async Task A_slow_autocomplete_handler_is_answered_with_empty_type_8_choices_before_the_deadline_and_its_late_answer_is_dropped()
    {
        // The deadline is read on a clock the bot and the fake share, moved only once the handler runs.
        var time = new FakeTimeProvider(TimeProvider.System.GetUtcNow());
        await using var fake = await FakeDiscordServer.StartAsync(time: time);
        fake.Gateway.HeartbeatInterval = TimeSpan.FromSeconds(41.25);
        await using var bot = await BotHost.StartAsync(fake, services: s => s.AddSingleton<TimeProvider>(time), tune: t => t.AutocompleteDeadline = TimeSpan.FromMilliseconds(300));
        var started = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var cancelled = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        bot.Handler.Behaviour = async (_, ct) =>
        {
            // Waits until told to stop: its answer could only meet an expired token.
            started.TrySetResult();
            await Poll.UntilCancelledAsync(ct, cancelled);
            return InteractionResponse.Autocomplete([ApplicationCommandChoice.Of("jog-walk", "jog-walk")]);
        };
        await fake.Gateway.Received.WaitForAsync(p => p.Op == 2, Wait);
        await fake.Gateway.ReadySent.WaitForAsync(_ => true, Wait);

        JsonObject typing = FakeInteractions.Autocomplete(fake.ApplicationId, "run", "kind", "jo").CreatedAt(time.GetUtcNow());
        await fake.Gateway.SendInteractionAsync(typing);
        var id = typing["id"]!.GetValue<string>();
        await started.Task.WaitAsync(Wait);
        Assert.DoesNotContain(fake.Rest.Requests.All, r => r.Route == FakeRoute.InteractionCallback && r.MajorId == id);
        time.Advance(TimeSpan.FromMilliseconds(300));

        var callback = await fake.Rest.Requests.WaitForAsync(r => r.Route == FakeRoute.InteractionCallback && r.MajorId == id, Wait);
        Assert.Equal(8, callback.Json!.Value.GetProperty("type").GetInt32());
        Assert.Equal(0, callback.Json.Value.GetProperty("data").GetProperty("choices").GetArrayLength());
        // The handler whose answer was dropped is cancelled; nothing more is sent for it.
        await cancelled.Task.WaitAsync(Wait);
        Assert.Equal(1, fake.Rest.Requests.Count(r => r.Route == FakeRoute.InteractionCallback && r.MajorId == id));
    }
}
