using System.Buffers.Binary;
using RunWell.Bot.Copy;
using RunWell.Domain.Entries;
using RunWell.Domain.Members;
using RunWell.Domain.Messaging;
using RunWell.Bot.Charts;
using RunWell.Testing;

namespace RunWell.Bot.Tests.Reviews;

public sealed class ReviewTests
{
    private static readonly Bot.Engine.Caller Ann = Commands.Member();
    private static readonly Bot.Engine.Caller Ben = Commands.Member(Commands.BenId, "Ben");

    private static string Field(Message message, string name) =>
        message.Cards[0].Fields.Single(f => f.Name == name).Value.Plain;

    [Fact]
    public async Task The_review_shows_the_weeks_numbers_with_a_png_chart_and_a_question()
    {
        await using var services = await TestServices.CreateAsync();
        await services.RunAsync("checkin", Ann, ("mood", 4L), ("stress", 7L), ("energy", 3L));
        await services.RunAsync("run log", Ann, ("minutes", 20L), ("mood", 7L), ("stress", 4L), ("energy", 6L));
        await services.RunAsync("run log", Ann, ("minutes", 8L), ("when", "yesterday 07:00"));
        await services.RunAsync("run log", Ann, ("minutes", 30L), ("when", "2026-11-22 09:00"));

        var reply = await services.RunAsync("review", Ann);
        var message = reply.Message;

        Assert.Contains("Mon 23 Nov – Sun 29 Nov (so far)", message.Text.Plain, StringComparison.Ordinal);
        Assert.Equal("2 (1 micro)", Field(message, "Runs"));
        Assert.Equal("28", Field(message, "Minutes"));
        Assert.Equal("4 → 7 (+3, 1 run)", Field(message, "Mood before → after"));
        Assert.Equal("7 → 4 (-3, 1 run)", Field(message, "Stress before → after"));
        Assert.Equal("2", Field(message, "Weeks in a row"));
        var file = Assert.Single(message.Files);
        Assert.Equal(IReviewChart.FileName, message.Cards[0].ImageFileName);
        Assert.Equal((IReviewChart.Width, IReviewChart.Height), PngSize(file.Content));
        Assert.Equal("A question for you", message.Cards[1].Title);
        Assert.DoesNotContain("pace", string.Join(' ', message.Cards.Select(c => c.Body.Plain)), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task An_empty_week_is_an_encouraging_state_without_a_chart()
    {
        await using var services = await TestServices.CreateAsync();

        var reply = await services.RunAsync("review", Ann);

        Assert.Contains("Nothing logged this week yet, and that is completely fine.", reply.Message.Cards[0].Body.Plain, StringComparison.Ordinal);
        Assert.Empty(reply.Message.Files);
        Assert.Equal(0, await services.EntryCountAsync());
    }

    [Fact]
    public async Task Last_week_is_reviewed_on_request()
    {
        await using var services = await TestServices.CreateAsync();
        await services.RunAsync("run log", Ann, ("minutes", 25L), ("when", "2026-11-20 07:15"));

        var thisWeek = await services.RunAsync("review", Ann);
        var lastWeek = await services.RunAsync("review", Ann, ("week", "last"));

        Assert.Empty(thisWeek.Message.Files);
        Assert.Contains("Mon 16 Nov – Sun 22 Nov", lastWeek.Message.Text.Plain + "", StringComparison.Ordinal);
        Assert.Equal("25", Field(lastWeek.Message, "Minutes"));
    }

    [Theory]
    [InlineData("Europe/London", "2026-10-25T23:45:00Z", "2026-10-19 01:00")]
    [InlineData("America/New_York", "2026-11-02T04:45:00Z", "2026-10-26 01:00")]
    public async Task Runs_at_the_edges_of_a_week_with_a_clock_change_count_in_that_week(string zone, string sundayNight, string mondayRun)
    {
        await using var services = await TestServices.CreateAsync(now: DateTimeOffset.Parse(sundayNight, System.Globalization.CultureInfo.InvariantCulture));
        await services.RunAsync("profile timezone", Ann, ("tz", zone));
        await services.RunAsync("run log", Ann, ("minutes", 20L), ("when", "today 23:30"));
        await services.RunAsync("run log", Ann, ("minutes", 15L), ("when", mondayRun));
        services.Time.Advance(TimeSpan.FromMinutes(30));
        await services.RunAsync("run log", Ann, ("minutes", 10L), ("when", "today 00:05"));

        var lastWeek = await services.RunAsync("review", Ann, ("week", "last"));
        var thisWeek = await services.RunAsync("review", Ann);

        Assert.Equal("2", Field(lastWeek.Message, "Runs"));
        Assert.Equal("35", Field(lastWeek.Message, "Minutes"));
        Assert.Single(lastWeek.Message.Files);
        Assert.Equal("1 (1 micro)", Field(thisWeek.Message, "Runs"));
        var sunday = (await services.RunsAsync())[0];
        Assert.Equal((DayOfWeek.Sunday, new TimeOnly(23, 30)), (sunday.LocalDate.DayOfWeek, sunday.LocalTime));
    }

    [Fact]
    public async Task Two_members_never_see_each_others_data()
    {
        await using var services = await TestServices.CreateAsync();
        await services.RunAsync("checkin", Ann, ("mood", 2L), ("stress", 9L), ("energy", 2L), ("concern", "exam stress"));
        await services.RunAsync("run log", Ann, ("minutes", 42L), ("mood", 6L), ("note", "river loop"));

        var review = await services.RunAsync("review", Ben);
        var history = await services.RunAsync("run history", Ben);
        var undo = await services.RunAsync("run undo", Ben);

        Assert.Empty(review.Message.Files);
        Assert.Contains("Nothing logged this week yet, and that is completely fine.", review.Message.Cards[0].Body.Plain, StringComparison.Ordinal);
        Assert.Contains("No entries yet", history.Message.Text.Plain, StringComparison.Ordinal);
        Assert.Contains("nothing to undo", undo.Message.Text.Plain, StringComparison.Ordinal);
        Assert.Equal(2, await services.EntryCountAsync());
    }

    [Fact]
    public async Task A_paused_week_keeps_the_weeks_in_a_row_going()
    {
        await using var services = await TestServices.CreateAsync();
        await services.RunAsync("run log", Ann, ("minutes", 20L));
        await using (var db = services.Database.CreateContext())
        {
            db.Runs.Add(OldRun(new DateOnly(2026, 11, 18)));
            db.Pauses.Add(new Pause
            {
                GuildId = Commands.GuildId, UserId = Commands.AnnId,
                StartUtc = new DateTime(2026, 11, 4, 9, 0, 0, DateTimeKind.Utc), EndUtc = new DateTime(2026, 11, 11, 9, 0, 0, DateTimeKind.Utc),
            });
            db.Runs.Add(OldRun(new DateOnly(2026, 10, 28)));
            db.Runs.Add(OldRun(new DateOnly(2026, 10, 14)));
            await db.SaveChangesAsync();
        }

        var reply = await services.RunAsync("review", Ann);

        // This week, 16 Nov (run), 9 Nov (pause to Wed), 2 Nov (pause from Wed), 26 Oct (run); 19 Oct is empty.
        Assert.Equal("5", Field(reply.Message, "Weeks in a row"));
    }

    [Fact]
    public async Task A_streak_longer_than_the_first_lookback_is_counted_in_full()
    {
        await using var services = await TestServices.CreateAsync();
        await services.RunAsync("run log", Ann, ("minutes", 20L));
        await using (var db = services.Database.CreateContext())
        {
            db.Runs.AddRange(Enumerable.Range(0, 39).Select(w => OldRun(new DateOnly(2026, 11, 20).AddDays(-7 * w))));
            await db.SaveChangesAsync();
        }

        var reply = await services.RunAsync("review", Ann);

        Assert.Equal("40", Field(reply.Message, "Weeks in a row"));
    }

    private static RunLog OldRun(DateOnly date) => new()
    {
        GuildId = Commands.GuildId, UserId = Commands.AnnId, Minutes = 20,
        AtUtc = date.ToDateTime(new TimeOnly(8, 0), DateTimeKind.Utc), LocalDate = date, LocalTime = new TimeOnly(8, 0),
        CreatedAtUtc = date.ToDateTime(new TimeOnly(8, 0), DateTimeKind.Utc),
    };

    /// <summary>Width and height from the IHDR chunk, after checking the PNG signature.</summary>
    internal static (int Width, int Height) PngSize(byte[] png)
    {
        Assert.Equal(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A }, png[..8]);
        Assert.Equal("IHDR", System.Text.Encoding.ASCII.GetString(png, 12, 4));
        return (BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(16)), BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(20)));
    }
}
