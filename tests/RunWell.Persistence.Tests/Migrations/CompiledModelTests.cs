using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Scaffolding;
using Microsoft.Extensions.DependencyInjection;
using RunWell.Persistence;
using RunWell.Testing;

namespace RunWell.Persistence.Tests.Migrations;

/// <summary>
/// The bot starts on the compiled models in <c>src/RunWell.Persistence/CompiledModels/</c> (EF finds them
/// through their assembly attribute), so a model change that is not regenerated there would run on the
/// old shape. Each test generates the compiled model again from the configuration, as
/// <c>dotnet ef dbcontext optimize</c> does, and compares it file by file with the committed one.
/// </summary>
public sealed partial class CompiledModelTests
{
    [Fact]
    public void The_sqlite_compiled_model_matches_the_configuration()
    {
        using var db = new SqliteRunWellDbContext(new DbContextOptionsBuilder<SqliteRunWellDbContext>().UseSqlite("Data Source=:memory:").Options);
#pragma warning disable EF1001 // The provider's design-time services are what `dotnet ef` itself loads; a test may use them.
        AssertCurrent(db, "Sqlite", services => new Microsoft.EntityFrameworkCore.Sqlite.Design.Internal.SqliteDesignTimeServices().ConfigureDesignTimeServices(services));
#pragma warning restore EF1001
    }

    [Fact]
    public void The_postgres_compiled_model_matches_the_configuration()
    {
        // Generating code needs no server.
        using var db = new PostgresRunWellDbContext(new DbContextOptionsBuilder<PostgresRunWellDbContext>().UseNpgsql("Host=127.0.0.1;Database=unused").Options);
#pragma warning disable EF1001
        AssertCurrent(db, "Postgres", services => new Npgsql.EntityFrameworkCore.PostgreSQL.Design.Internal.NpgsqlDesignTimeServices().ConfigureDesignTimeServices(services));
#pragma warning restore EF1001
    }

    [Fact]
    public void Contexts_run_on_the_compiled_models()
    {
        using var sqlite = new SqliteRunWellDbContext(new DbContextOptionsBuilder<SqliteRunWellDbContext>().UseSqlite("Data Source=:memory:").Options);
        using var postgres = new PostgresRunWellDbContext(new DbContextOptionsBuilder<PostgresRunWellDbContext>().UseNpgsql("Host=127.0.0.1;Database=unused").Options);

        Assert.IsAssignableFrom<CompiledModels.Sqlite.SqliteRunWellDbContextModel>(sqlite.Model);
        Assert.IsAssignableFrom<CompiledModels.Postgres.PostgresRunWellDbContextModel>(postgres.Model);
    }

    private static void AssertCurrent(RunWellDbContext db, string provider, Action<IServiceCollection> addProviderServices)
    {
        var services = new ServiceCollection().AddEntityFrameworkDesignTimeServices().AddDbContextDesignTimeServices(db);
        addProviderServices(services);
        using var designServices = services.BuildServiceProvider();
        var scaffolder = designServices.GetRequiredService<ICompiledModelScaffolder>();

        var output = Directory.CreateTempSubdirectory("runwell-compiled-model-");
        try
        {
            var written = scaffolder.ScaffoldModel(
                db.GetService<IDesignTimeModel>().Model,
                output.FullName,
                new CompiledModelCodeGenerationOptions
                {
                    ContextType = db.GetType(),
                    ModelNamespace = "RunWell.Persistence.CompiledModels." + provider,
                    Language = "C#",
                    UseNullableReferenceTypes = true,
                });

            var committedFolder = Path.Combine(Repo.Root, "src", "RunWell.Persistence", "CompiledModels", provider);
            var hint = $"Run `dotnet ef dbcontext optimize --project src/RunWell.Persistence --context {db.GetType().Name} --output-dir CompiledModels/{provider} --namespace RunWell.Persistence.CompiledModels.{provider}` for the model change.";
            Assert.True(written.Count > 0);
            Assert.Equal(
                Directory.EnumerateFiles(committedFolder, "*.cs").Select(Path.GetFileName).Order(StringComparer.Ordinal),
                written.Select(Path.GetFileName).Order(StringComparer.Ordinal));
            foreach (var file in written)
            {
                var committed = Path.Combine(committedFolder, Path.GetFileName(file));
                Assert.True(Normalized(File.ReadAllText(committed)) == Normalized(File.ReadAllText(file)), $"{Path.GetFileName(file)} differs. {hint}");
            }
        }
        finally
        {
            output.Delete(recursive: true);
        }
    }

    // Line endings and a byte-order mark depend on the machine that ran the tool, and the tool draws a new
    // model id each time; none of them is the model.
    private static string Normalized(string text) =>
        ModelId().Replace(text.TrimStart('\uFEFF').ReplaceLineEndings("\n"), "modelId: new Guid()");

    [GeneratedRegex("""modelId: new Guid\("[0-9a-f-]+"\)""")]
    private static partial Regex ModelId();
}
