using System.Text.Json.Nodes;
using RunWell.FakeDiscord;

namespace RunWell.Discord.Tests.Interactions;

/// <summary>Autocomplete cannot be deferred, so a slow handler must not let the 3 s deadline pass unanswered.</summary>
public sealed class SlowAutocompleteTests
{
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(5);

    [Fact]
    public async Task A_slow_autocomplete_handler_is_answered_with_empty_type_8_choices_before_the_deadline_and_its_late_answer_is_dropped()
    {
        await using var fake = await FakeDiscordServer.StartAsync();
        await using var bot = await BotHost.StartAsync(fake, tune: t => t.AutocompleteDeadline = TimeSpan.FromMilliseconds(300));
        var cancelled = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        bot.Handler.Behaviour = async (_, ct) =>
        {
            // Waits until told to stop: its answer could only meet an expired token.
            using var registration = ct.Register(() => cancelled.TrySetResult());
            await Task.Delay(Timeout.InfiniteTimeSpan, TimeProvider.System, ct);
            return InteractionResponse.Autocomplete([ApplicationCommandChoice.Of("jog-walk", "jog-walk")]);
        };
        await fake.Gateway.Received.WaitForAsync(p => p.Op == 2, Wait);
        await fake.Gateway.ReadySent.WaitForAsync(_ => true, Wait);

        JsonObject typing = FakeInteractions.Autocomplete(fake.ApplicationId, "run", "kind", "jo");
        await fake.Gateway.SendInteractionAsync(typing);
        var id = typing["id"]!.GetValue<string>();

        var callback = await fake.Rest.Requests.WaitForAsync(r => r.Route == FakeRoute.InteractionCallback && r.MajorId == id, Wait);
        Assert.Equal(8, callback.Json!.Value.GetProperty("type").GetInt32());
        Assert.Equal(0, callback.Json.Value.GetProperty("data").GetProperty("choices").GetArrayLength());
        // The handler whose answer was dropped is cancelled; nothing more is sent for it.
        await cancelled.Task.WaitAsync(Wait);
        Assert.Equal(1, fake.Rest.Requests.Count(r => r.Route == FakeRoute.InteractionCallback && r.MajorId == id));
    }
}
