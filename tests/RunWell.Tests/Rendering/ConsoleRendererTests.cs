using RunWell.ConsoleChat;
using RunWell.Domain.Messaging;

namespace RunWell.Tests.Rendering;

/// <summary>The console shows names and local times, never markup.</summary>
public sealed class ConsoleRendererTests
{
    [Fact]
    public void Names_and_times_are_shown_as_a_person_reads_them_in_the_members_zone()
    {
        var zone = TimeZoneInfo.FindSystemTimeZoneById("America/New_York");
        var view = new ConsoleView(zone, new Dictionary<ulong, string> { [7] = "Amy" });
        var text = RichText.Of(
            new UserPart(7, Ping: true), new TextPart(", check-in comes "),
            new TimestampPart(new DateTimeOffset(2026, 11, 26, 23, 0, 0, TimeSpan.Zero)),
            new TextPart(" in "), new ChannelPart(ConsoleIdentity.ChannelId), new TextPart(". "), new EmphasisPart("Easy"), new TextPart(" "),
            new CommandPart("/buddy status"));

        Assert.Equal("@Amy, check-in comes Thu 26 Nov 2026 18:00 in #club. Easy /buddy status", ConsoleRenderer.Plain(text, view));
    }
}
