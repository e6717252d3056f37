using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using RunWell.Bot.Engine;
using RunWell.Domain.Entries;
using RunWell.Domain.Members;
using RunWell.Domain.Ports;
using RunWell.Persistence.Tests.Postgres;
using RunWell.Testing;
using RunWell.Testing.Postgres;

namespace RunWell.Persistence.Tests.Stores;

/// <summary>
/// The entry path reads the club and member untracked (MembershipService.EnsureForEntryAsync): a warm entry's
/// save tracks only its new row, and every change the path makes to the club or member is still saved, on
/// both providers. A scope that already tracks rows gets its own instances back.
/// </summary>
public sealed class EntryTrackingTests(PostgresDatabase database) : IClassFixture<PostgresDatabase>
{
    private static readonly Caller Ann = Commands.Member();

    // The PostgreSQL tests of this class share one database: each has a server of its own.
    private static readonly Caller AnnOnPostgres = Commands.Member(guildId: Commands.GuildId + 1);
    private static readonly Caller AnnOnPostgresToo = Commands.Member(guildId: Commands.GuildId + 2);

    [Fact]
    public async Task A_warm_check_in_leaves_only_its_new_row_tracked()
    {
        await using var services = await TestServices.CreateAsync();
        await A_warm_check_in_leaves_only_its_new_row_tracked_in(services.CreateScope, services.Time.Advance, Ann);
    }

    [PostgresFact]
    public async Task A_warm_check_in_leaves_only_its_new_row_tracked_on_postgres()
    {
        await using var services = await PostgresServices.StartAsync(database.ConnectionString);
        await A_warm_check_in_leaves_only_its_new_row_tracked_in(services.Services.CreateAsyncScope, services.Time.Advance, AnnOnPostgres);
    }

    [Fact]
    public async Task An_entry_still_saves_a_first_entry_mark_a_new_name_a_new_language_and_a_renamed_server()
    {
        await using var services = await TestServices.CreateAsync();
        await An_entry_still_saves_what_it_changes_in(services.CreateScope, services.Time.Advance, Ann);
    }

    [PostgresFact]
    public async Task An_entry_still_saves_a_first_entry_mark_a_new_name_a_new_language_and_a_renamed_server_on_postgres()
    {
        await using var services = await PostgresServices.StartAsync(database.ConnectionString);
        await An_entry_still_saves_what_it_changes_in(services.Services.CreateAsyncScope, services.Time.Advance, AnnOnPostgresToo);
    }

    [Fact]
    public async Task A_scope_that_already_tracks_the_club_and_member_reads_the_same_instances()
    {
        await using var services = await TestServices.CreateAsync();
        await RunAsync(services.CreateScope, Commands.Request("checkin", Ann, ("mood", 5L), ("stress", 4L), ("energy", 6L)));

        await using var scope = services.CreateScope();
        var club = await scope.ServiceProvider.GetRequiredService<IClubStore>().FindAsync(Commands.GuildId, CancellationToken.None);
        var member = await scope.ServiceProvider.GetRequiredService<IMemberStore>().FindAsync(Commands.GuildId, Commands.AnnId, CancellationToken.None);
        var read = await scope.ServiceProvider.GetRequiredService<IMemberStore>().ReadWithClubAsync(Commands.GuildId, Commands.AnnId, CancellationToken.None);

        Assert.Same(club, read.Club);
        Assert.Same(member, read.Member);
    }

    [Fact]
    public async Task An_entry_in_a_scope_that_changed_the_club_keeps_that_change_and_saves_its_own()
    {
        await using var services = await TestServices.CreateAsync();
        await RunAsync(services.CreateScope, Commands.Request("checkin", Ann, ("mood", 5L), ("stress", 4L), ("energy", 6L)));
        services.Time.Advance(TimeSpan.FromMinutes(5));

        await using (var scope = services.CreateScope())
        {
            var club = (await scope.ServiceProvider.GetRequiredService<IClubStore>().FindAsync(Commands.GuildId, CancellationToken.None))!;
            club.SupportText = "Call the club line";
            var logged = await scope.ServiceProvider.GetRequiredService<EntryService>().LogCheckInAsync(
                new LogCheckInRequest(new MemberRef(Commands.GuildId, Commands.AnnId, "Ann", "Renamed club"), 6, 3, 7, null, null, null, "scope-1"),
                CancellationToken.None);

            Assert.True(logged.Ok);
            Assert.Equal("Call the club line", logged.Value!.Notes.SupportText);
        }

        var stored = await ReadAsync(services.CreateScope, db => db.Clubs.AsNoTracking().SingleAsync());
        Assert.Equal("Renamed club", stored.Name);
        Assert.Equal("Call the club line", stored.SupportText);
    }

    private static async Task A_warm_check_in_leaves_only_its_new_row_tracked_in(Func<AsyncServiceScope> createScope, Action<TimeSpan> advance, Caller ann)
    {
        await RunAsync(createScope, Commands.Request("checkin", ann, ("mood", 5L), ("stress", 4L), ("energy", 6L)));
        advance(TimeSpan.FromMinutes(5));

        await using var scope = createScope();
        var reply = await scope.ServiceProvider.GetRequiredService<BotEngine>().RunCommandAsync(
            Commands.Request("checkin", ann, ("mood", 6L), ("stress", 3L), ("energy", 7L)), CancellationToken.None);

        Assert.StartsWith("Check-in saved", reply.Message.Text.Plain, StringComparison.Ordinal);
        var tracked = scope.ServiceProvider.GetRequiredService<RunWellDbContext>().ChangeTracker.Entries().Select(e => e.Entity).ToList();
        Assert.IsType<CheckIn>(Assert.Single(tracked));
    }

    private static async Task An_entry_still_saves_what_it_changes_in(Func<AsyncServiceScope> createScope, Action<TimeSpan> advance, Caller ann)
    {
        var guildId = ann.GuildId!.Value;

        // The member exists with no entry yet: their first entry marks the privacy notice shown.
        await RunAsync(createScope, Commands.Request("nudge on", ann));
        advance(TimeSpan.FromMinutes(1));
        await RunAsync(createScope, Commands.Request("checkin", ann, ("mood", 5L), ("stress", 4L), ("energy", 6L)));
        var marked = await ReadAsync(createScope, db => db.Members.AsNoTracking().SingleAsync(m => m.GuildId == guildId));
        Assert.NotNull(marked.PrivacyNoticeShownAtUtc);

        // A later entry in Spanish from a Spanish server, then one from a new name in a renamed server:
        // each change on its own, so that each must be saved by itself.
        advance(TimeSpan.FromMinutes(5));
        var spanish = ann with { Locale = "es-ES", GuildLocale = "es-419" };
        await RunAsync(createScope, Commands.Request("checkin", spanish, ("mood", 6L), ("stress", 3L), ("energy", 7L)));
        advance(TimeSpan.FromMinutes(5));
        var renamed = ann with { DisplayName = "Annie", GuildName = "Renamed club" };
        await RunAsync(createScope, Commands.Request("run log", renamed, ("minutes", 20L)));

        var member = await ReadAsync(createScope, db => db.Members.AsNoTracking().SingleAsync(m => m.GuildId == guildId));
        var club = await ReadAsync(createScope, db => db.Clubs.AsNoTracking().SingleAsync(c => c.GuildId == guildId));
        Assert.Equal(marked.PrivacyNoticeShownAtUtc, member.PrivacyNoticeShownAtUtc);
        Assert.Equal("Annie", member.DisplayName);
        Assert.Equal("es-ES", member.Language);
        Assert.Equal("Renamed club", club.Name);
        Assert.Equal("es-ES", club.Language);
        Assert.Equal(1, await ReadAsync(createScope, db => db.Runs.CountAsync(r => r.GuildId == guildId)));
    }

    private static async Task RunAsync(Func<AsyncServiceScope> createScope, CommandRequest request)
    {
        await using var scope = createScope();
        await scope.ServiceProvider.GetRequiredService<BotEngine>().RunCommandAsync(request, CancellationToken.None);
    }

    private static async Task<T> ReadAsync<T>(Func<AsyncServiceScope> createScope, Func<RunWellDbContext, Task<T>> read)
    {
        await using var scope = createScope();
        return await read(scope.ServiceProvider.GetRequiredService<RunWellDbContext>());
    }
}
