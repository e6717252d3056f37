using System.Globalization;
using RunWell.Domain.Posts;
using RunWell.Testing;

namespace RunWell.Scheduling.Tests.PrivacyAttacks;

/// <summary>
/// A preview of a completed week shows exactly what was (or will be) posted. A re-draft would not be
/// safe: after a member deletes their data, the same window re-drafted without them, set against the
/// figure the channel saw, gives their change back.
/// </summary>
public sealed class CompletedWeekPreviewTests
{
    private const ulong A = 1001, B = 1002, C = 1003, Victim = 1009;

    private static DateTime Day(int dayOfWeek, int hour) => AttackWorld.Monday.AddDays(dayOfWeek).AddHours(hour);

    [Fact]
    public async Task After_a_member_deletes_the_preview_of_the_posted_week_still_shows_the_posted_figure_not_a_re_draft()
    {
        await using var world = await AttackWorld.CreateAsync();
        await world.LogAsync(A, Day(0, 7), 5, 7);
        await world.LogAsync(B, Day(0, 8), 5, 7);
        await world.LogAsync(C, Day(0, 9), 5, 7);
        await world.LogAsync(Victim, Day(1, 7), 2, 8);
        world.Services.Time.SetUtcNow(AttackWorld.SummarySlot);
        Assert.Equal(PublishResult.Posted, await world.PublishSummaryAsync());
        var posted = (await world.PostedSummaryAsync()).MoodFigure();

        world.Services.Time.Advance(TimeSpan.FromHours(16));
        await world.MarkSummarySentAsync();
        var victim = Commands.Member(Victim, "Vic");
        var asked = await world.Services.RunAsync("privacy delete", victim);
        await world.Services.PressAsync(asked.Message.Buttons.Single(b => b.Label == "Delete everything").Id, victim);

        var preview = await world.AdminViewLastWeekAsync();
        var redraft = (await world.ChannelViewAtSlotAsync(withBuddyPosts: false)).MoodFigure();

        Assert.NotNull(posted);
        Assert.Equal(posted, preview.MoodFigure());
        Assert.Contains("exactly as it was posted", preview.Texts[0], StringComparison.Ordinal);
        Assert.DoesNotContain(Victim.ToString(CultureInfo.InvariantCulture), preview.Texts[0], StringComparison.Ordinal);

        // Why the stored copy matters: the same window re-drafted without the victim moves by their
        // share (+6 against +2 each, one in four), and the same noise step would subtract out.
        Assert.NotEqual(posted?.Value, redraft?.Value);
        Assert.Equal(1.0, posted!.Value.Value - redraft!.Value.Value);
    }

    [Fact]
    public async Task A_completed_week_not_posted_yet_previews_exactly_what_the_publisher_then_posts()
    {
        await using var world = await AttackWorld.CreateAsync();
        await world.LogAsync(A, Day(0, 7), 5, 7);
        await world.LogAsync(B, Day(2, 8), 4, 7);
        await world.LogAsync(C, Day(4, 9), 6, 7);
        world.Services.Time.SetUtcNow(AttackWorld.SummarySlot.AddMinutes(30));

        var before = await world.AdminViewLastWeekAsync();
        Assert.Equal(PublishResult.Posted, await world.PublishSummaryAsync());
        var posted = await world.PostedSummaryAsync();
        var after = await world.AdminViewLastWeekAsync();

        Assert.Contains("was not posted; this is what it would have said", before.Texts[0], StringComparison.Ordinal);
        Assert.NotNull(posted.MoodFigure());
        Assert.Equal(posted.MoodFigure(), before.MoodFigure());
        Assert.Equal(posted.MoodFigure(), after.MoodFigure());
        Assert.Contains("exactly as it will be posted", after.Texts[0], StringComparison.Ordinal);
    }
}
