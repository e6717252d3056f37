using System.Text;

namespace RunWell.Discord.Tests.Interactions;

public sealed class DiscordWarmUpTests
{
    [Fact]
    public void A_whole_INTERACTION_CREATE_frame_is_read_as_the_gateway_reads_it()
    {
        var frame = Encoding.UTF8.GetBytes("""
        {"op":0,"s":7,"t":"INTERACTION_CREATE","d":{"id":"9","application_id":"1","type":2,"token":"warm-up","guild_id":"1","channel_id":"1",
         "member":{"user":{"id":"2","username":"warm-up"},"permissions":"0"},
         "data":{"id":"1","name":"run","type":1,"options":[{"name":"log","type":1,"options":[{"name":"minutes","type":4,"value":20}]}]}}}
        """);

        var interaction = DiscordWarmUp.ReadInteractionCreate(frame);

        Assert.Equal(9UL, interaction.Id);
        Assert.Equal(2UL, interaction.User.Id);
        Assert.Equal("run log", interaction.Command!.FullName);
        Assert.Equal(20, interaction.Command.Option("minutes")!.AsInt64());
    }

    [Fact]
    public void A_frame_that_is_not_an_interaction_is_refused()
    {
        var ready = Encoding.UTF8.GetBytes("""{"op":0,"s":1,"t":"READY","d":{}}""");

        Assert.Throws<ArgumentException>(() => DiscordWarmUp.ReadInteractionCreate(ready));
    }

    [Fact]
    public async Task The_callback_body_is_built_without_sending_it()
    {
        var length = await DiscordWarmUp.BuildCallbackBodyAsync(InteractionResponse.Reply(new DiscordMessage { Content = "Saved." }), CancellationToken.None);

        // {"type":4,"data":{"content":"Saved.",...}}: the body exists; that nothing is sent is the host warm-up test's.
        Assert.True(length > "Saved.".Length, $"{length} bytes");
    }
}
