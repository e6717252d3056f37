using System.Diagnostics.Metrics;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Internal;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using RunWell.Domain.Ports;
using RunWell.Persistence.Caching;
using RunWell.Persistence.Sqlite;
using RunWell.Persistence.Stores;

namespace RunWell.Persistence;

public static class PersistenceServiceCollectionExtensions
{
    /// <summary>
    /// EF Core on SQLite or PostgreSQL (Database:Provider, ConnectionStrings:RunWell), the stores behind
    /// the domain ports, and the migrator. Call before anything else that registers hosted services: it
    /// must start first.
    /// </summary>
    public static IHostApplicationBuilder AddRunWellPersistence(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<DatabaseOptions>()
            .BindConfiguration(DatabaseOptions.Section)
            .ValidateOnStart();
        builder.Services.AddSingleton<IValidateOptions<DatabaseOptions>, DatabaseOptionsValidator>();

        var connectionString = builder.Configuration.GetConnectionString(DatabaseOptions.ConnectionStringName);

        // The entry path's in-memory club and member. A SQLite file is this process's alone; on PostgreSQL other
        // processes write the same rows, so the copy is on only while the listener hears every change.
        var sqlite = DatabaseOptions.ProviderFrom(builder.Configuration) == DatabaseProvider.Sqlite;
        builder.Services.AddSingleton(services => new ClubMemberCache(enabled: sqlite, services.GetRequiredService<IMeterFactory>()));
        builder.Services.AddSingleton<ClubMemberCacheInvalidator>();

        // The context type decides which migrations apply, so the provider is chosen at registration.
        // Pooled: every interaction takes a context, and building one from scratch (its internal
        // services, the options, the interceptors) cost more than the queries it then ran. The options
        // below are therefore built once per host, and the contexts carry no state of their own.
        if (!sqlite)
        {
            builder.Services.AddDbContextPool<RunWellDbContext, PostgresRunWellDbContext>((services, options) =>
            {
                options.UseNpgsql(connectionString);
                options.AddInterceptors(services.GetRequiredService<ClubMemberCacheInvalidator>());
                OrderFreeCommandBatchPreparer.Use(options);
            });
        }
        else
        {
            if (string.IsNullOrWhiteSpace(connectionString))
            {
                connectionString = DatabaseOptions.DefaultConnectionString;
            }

            builder.Services.AddSingleton<SqliteConnectionHold>();
            builder.Services.AddDbContextPool<RunWellDbContext, SqliteRunWellDbContext>((services, options) =>
            {
                var settings = services.GetRequiredService<IOptions<DatabaseOptions>>().Value;
                SqliteFiles.EnsureDirectory(connectionString);
                var seconds = SqliteFiles.CommandTimeoutSeconds(settings.BusyTimeout);
                options.UseSqlite(SqliteFiles.WithCommandTimeout(connectionString, seconds), sqlite => sqlite.CommandTimeout(seconds));
                options.AddInterceptors(new SqlitePragmaInterceptor(settings.BusyTimeout), services.GetRequiredService<SqliteConnectionHold>(), new SqliteWriteGate(settings.BusyTimeout),
                    services.GetRequiredService<ClubMemberCacheInvalidator>());
                PooledSqliteConnection.Use(options);
                OrderFreeCommandBatchPreparer.Use(options);

                // EF rebuilds a SQLite table with PRAGMA foreign_keys=0 outside the migration's transaction
                // and warns about it on every fresh file (the first thing a new admin saw). That pragma only
                // lasts for the connection, so a stop in the middle leaves nothing half-applied: not a warning.
                options.ConfigureWarnings(w => w.Log((RelationalEventId.NonTransactionalMigrationOperationWarning, Microsoft.Extensions.Logging.LogLevel.Debug)));
            });
#pragma warning disable EF1001 // EF's pool service: replaced by the one that hands out the warmest connection.
            builder.Services.Replace(ServiceDescriptor.Singleton<IDbContextPool<SqliteRunWellDbContext>, MostRecentContextPool<SqliteRunWellDbContext>>());
#pragma warning restore EF1001
        }

        builder.Services.AddSingleton<IStorageFaults, StorageFaults>();
        builder.Services.AddScoped<IUnitOfWork, UnitOfWork>();
        // The entry path's stores are transient (stateless; the DbContext they share is scoped): see
        // AddRunWellDomain for why.
        builder.Services.AddTransient<IClubStore, ClubStore>();
        builder.Services.AddTransient<IMemberStore, MemberStore>();
        builder.Services.AddTransient<IEntryStore, EntryStore>();
        builder.Services.AddScoped<IClubStatusStore, ClubStatusStore>();
        builder.Services.AddScoped<IPrivacyStore, PrivacyStore>();
        builder.Services.AddScoped<IRetentionStore, RetentionStore>();
        builder.Services.AddScoped<IBuddyStore, BuddyStore>();
        builder.Services.AddScoped<IPauseStore, PauseStore>();
        builder.Services.AddScoped<RunWell.Domain.Plans.IPlanStore, PlanStore>();
        builder.Services.AddTransient<RunWell.Domain.Milestones.IMilestoneStore, MilestoneStore>();
        builder.Services.AddRhythmStores();

        builder.Services.AddHostedService<DatabaseMigrator>();
        if (!sqlite)
        {
            // After the migrator, which creates the triggers it listens to.
            builder.Services.AddHostedService(services => ActivatorUtilities.CreateInstance<PostgresCacheListener>(services, connectionString!));
        }

        if (sqlite && SqliteCheckpointer.Applies(connectionString!))
        {
            // After the migrator, which puts the file in WAL mode.
            builder.Services.AddSingleton(services => ActivatorUtilities.CreateInstance<SqliteCheckpointer>(services, connectionString!));
            builder.Services.AddHostedService(services => services.GetRequiredService<SqliteCheckpointer>());
        }

        return builder;
    }
}
