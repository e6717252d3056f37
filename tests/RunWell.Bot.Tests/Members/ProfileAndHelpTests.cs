using Microsoft.Extensions.DependencyInjection;
using RunWell.Bot.Charts;
using RunWell.Bot.Engine;
using RunWell.Domain.Clubs;
using RunWell.Domain.Ports;
using RunWell.Domain.Reviews;
using RunWell.Domain.Time;
using RunWell.Testing;

namespace RunWell.Bot.Tests.Members;

public sealed class ProfileAndHelpTests
{
    private static readonly Caller Ann = Commands.Member();

    [Fact]
    public async Task A_member_starts_on_the_servers_zone_and_can_choose_their_own()
    {
        await using var services = await TestServices.CreateAsync();
        await AddClubAsync(services, new Club { GuildId = Commands.GuildId, TimeZoneId = "Asia/Tokyo" });

        var before = await services.RunAsync("profile show", Ann);
        var set = await services.RunAsync("profile timezone", Ann, ("tz", "America/New_York"));
        var after = await services.RunAsync("profile show", Ann);

        Assert.Contains("Asia/Tokyo (the server's", before.Message.Text.Plain, StringComparison.Ordinal);
        Assert.Contains("Wed 25 Nov 21:00", before.Message.Text.Plain, StringComparison.Ordinal);
        Assert.Contains("America/New_York", set.Message.Text.Plain, StringComparison.Ordinal);
        Assert.Contains("Wed 25 Nov 07:00", set.Message.Text.Plain, StringComparison.Ordinal);
        Assert.Contains("America/New_York (yours)", after.Message.Text.Plain, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Time_zone_autocomplete_suggests_iana_ids_from_what_is_typed()
    {
        await using var services = await TestServices.CreateAsync();

        var choices = await services.InScopeAsync(sp => sp.GetRequiredService<BotEngine>()
            .AutocompleteAsync(new AutocompleteRequest("profile timezone", "tz", "new_y", Ann), CancellationToken.None));

        Assert.Equal("America/New_York", choices[0].Value);
        Assert.All(choices, c => Assert.True(TimeZones.TryFind(c.Value, out _)));
        Assert.InRange(choices.Count, 1, 25);
    }

    [Fact]
    public async Task Help_shows_the_spirit_the_commands_and_the_default_support_text()
    {
        await using var services = await TestServices.CreateAsync();

        var reply = await services.RunAsync("help", Ann);
        var all = reply.Message.Text.Plain + string.Join('\n', reply.Message.Cards.Select(c => c.Body.Plain));

        foreach (var command in new[] { "/checkin", "/run log", "/run undo", "/run history", "/review", "/profile timezone", "/privacy" })
        {
            Assert.Contains(command, all, StringComparison.Ordinal);
        }

        Assert.Contains("starting is the success", all, StringComparison.Ordinal);
        Assert.Contains("complements professional care and never replaces it", all, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Help_shows_the_servers_own_support_text_when_set()
    {
        await using var services = await TestServices.CreateAsync();
        await AddClubAsync(services, new Club { GuildId = Commands.GuildId, SupportText = "Talk to Sam, our welfare lead, or call 116 123." });

        var reply = await services.RunAsync("help", Ann);

        Assert.Equal(RunWell.Bot.Copy.CareCopy.ProfessionalCare + "\nTalk to Sam, our welfare lead, or call 116 123.", reply.Message.Cards.Single(c => c.Title == "Support").Body.Plain);
    }

    private static async Task AddClubAsync(TestServices services, Club club)
    {
        await using var db = services.Database.CreateContext();
        db.Clubs.Add(club);
        await db.SaveChangesAsync();
    }

    [Fact]
    public void The_chart_is_a_png_of_the_expected_size_even_for_a_sparse_week()
    {
        var week = new WeekWindow(new DateOnly(2026, 11, 23), TimeZoneInfo.Utc);
        var days = Enumerable.Range(0, 7).Select(i => new ReviewDay(week.Monday.AddDays(i), i == 2 ? 25 : 0, i == 2 ? 4 : null, i == 2 ? 7 : null)).ToList();
        var review = new WeeklyReview(week, false, 1, 25, 0, 1, 1, null, null, null, null, null, 1, false,
            new Observation(ObservationKind.FirstSteps), days);

        var png = new ScottPlotReviewChart().RenderPng(review);

        Assert.Equal((IReviewChart.Width, IReviewChart.Height), Reviews.ReviewTests.PngSize(png));
    }
}
