using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using RunWell.Domain.Ports;
using RunWell.Domain.Posts;
using RunWell.Domain.Summaries;
using RunWell.Scheduling.Tests.Support;
using RunWell.Testing;

namespace RunWell.Scheduling.Tests.PrivacyAttacks;

/// <summary>
/// A club in the week of Mon 23 – Sun 29 Nov 2026 (UTC, summary slot Sunday 18:00) whose members log
/// through the real commands at fake times, and everything a channel member, an admin and a buddy can
/// see of it: the summary post, the chart's inputs, previews, status and the buddy posts.
/// </summary>
internal sealed partial class AttackWorld : IAsyncDisposable
{
    public static readonly DateTime Monday = new(2026, 11, 23, 0, 0, 0, DateTimeKind.Utc);
    public static readonly DateTime SummarySlot = new(2026, 11, 29, 18, 0, 0, DateTimeKind.Utc);

    private AttackWorld(TestServices services)
    {
        Services = services;
    }

    public TestServices Services { get; }

    private ChartCapture Chart => (ChartCapture)Services.Services.GetRequiredService<IPostPresenter>();

    public static async Task<AttackWorld> CreateAsync()
    {
        var services = await TestServices.CreateAsync(
            b =>
            {
                var real = b.Services.Last(d => d.ServiceType == typeof(IPostPresenter)).ImplementationType!;
                b.Services.Replace(ServiceDescriptor.Singleton<IPostPresenter>(sp => new ChartCapture((IPostPresenter)ActivatorUtilities.CreateInstance(sp, real))));
            },
            new DateTimeOffset(Monday.AddHours(6)));
        await Seed.ClubAsync(services.Database);
        return new AttackWorld(services);
    }

    /// <summary>A check-in then, 20 minutes later, a run with an after-mood: one before→after change.</summary>
    public async Task LogAsync(ulong userId, DateTime atUtc, int before, int after)
    {
        Services.Time.SetUtcNow(atUtc);
        var member = Commands.Member(userId, $"m{userId % 1000}");
        await Services.RunAsync("checkin", member, ("mood", (long)before), ("stress", 5L), ("energy", 5L));
        Services.Time.Advance(TimeSpan.FromMinutes(20));
        await Services.RunAsync("run log", member, ("minutes", 20L), ("mood", (long)after));
    }

    /// <summary>What an admin sees now: the summary preview (text, card, chart inputs) and status.</summary>
    public async Task<Seen> AdminViewNowAsync()
    {
        Chart.Clear();
        var admin = Commands.Member(Commands.BenId, "Ben", admin: true);
        var preview = await Services.RunAsync("runwell preview", admin, ("what", "summary"));
        var status = await Services.RunAsync("runwell status", admin);
        return new Seen([Render(preview.Message), Render(status.Message)], Chart.Drawn.ToList());
    }

    /// <summary>What the channel (every member, buddies included) sees once the week's posts went out.</summary>
    public async Task<Seen> ChannelViewAtSlotAsync(bool withBuddyPosts = true)
    {
        Chart.Clear();
        if (Services.Time.GetUtcNow().UtcDateTime < SummarySlot)
        {
            Services.Time.SetUtcNow(SummarySlot);
        }

        var texts = new List<string>();
        (PostKind Kind, DateTime Slot)[] posts = withBuddyPosts
            ? [(PostKind.BuddyPairing, Monday.AddHours(9)), (PostKind.BuddyCheckIn, Monday.AddDays(3).AddHours(18)), (PostKind.WeeklySummary, SummarySlot)]
            : [(PostKind.WeeklySummary, SummarySlot)];
        foreach (var (kind, slot) in posts)
        {
            var draft = await Services.InScopeAsync(async sp =>
            {
                var club = (await sp.GetRequiredService<IClubStore>().FindAsync(Commands.GuildId, CancellationToken.None))!;
                return await sp.GetServices<IGroupPostProducer>().Last(p => p.Kind == kind).DraftAsync(club, slot, CancellationToken.None);
            });
            texts.AddRange(draft.Messages.Select(m => Render(Chart.Present(m.Facts, m.Language))));
        }

        return new Seen(texts, Chart.Drawn.ToList());
    }

    public async ValueTask DisposeAsync() => await Services.DisposeAsync();

    private static string Render(RunWell.Domain.Messaging.Message message)
    {
        var text = new StringBuilder(message.Text.Plain);
        foreach (var card in message.Cards)
        {
            text.Append('\n').Append(card.Title).Append('\n').Append(card.Body.Plain);
            foreach (var field in card.Fields)
            {
                text.Append('\n').Append(field.Name).Append(": ").Append(field.Value.Plain);
            }

            text.Append('\n').Append(card.Footer);
        }

        return text.ToString();
    }

    /// <summary>Everything one role can see: texts and the values each chart was drawn from.</summary>
    public sealed partial record Seen(IReadOnlyList<string> Texts, IReadOnlyList<DrawnChart> Charts)
    {
        /// <summary>The group mood figure in the texts, if any: its value and the member count given.</summary>
        public (double Value, int? Members)? MoodFigure()
        {
            foreach (var text in Texts)
            {
                var match = FigurePattern().Match(text);
                if (match.Success)
                {
                    var value = double.Parse(match.Groups["value"].Value, CultureInfo.InvariantCulture) * (match.Groups["sign"].Value == "−" ? -1 : 1);
                    var count = CountPattern().Match(text[match.Index..]);
                    return (value, count.Success ? int.Parse(count.Groups["n"].Value, CultureInfo.InvariantCulture) : null);
                }
            }

            return null;
        }

        /// <summary>Every group mood drawn per day on any chart.</summary>
        public IEnumerable<DrawnMoodDay> MoodDays => Charts.SelectMany(c => c.MoodDays);

        /// <summary>Whether the texts say each member counts once (so the attacker inverts that rule, not a run average).</summary>
        public bool EachMemberOnce => Texts.Any(t => t.Contains("each counted once", StringComparison.Ordinal));

        [GeneratedRegex(@"about (?<sign>[+−±])(?<value>\d+(?:\.\d+)?)")]
        private static partial Regex FigurePattern();

        [GeneratedRegex(@"from (?<n>\d+) members")]
        private static partial Regex CountPattern();
    }
}
