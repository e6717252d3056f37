using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace RunWell.Persistence;

/// <summary>
/// Lets <c>dotnet ef</c> build each provider's model without starting the bot; pick one with
/// <c>--context SqliteRunWellDbContext</c> or <c>--context PostgresRunWellDbContext</c>.
/// </summary>
internal sealed class SqliteDesignTimeDbContextFactory : IDesignTimeDbContextFactory<SqliteRunWellDbContext>
{
    public SqliteRunWellDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqliteRunWellDbContext>().UseSqlite("Data Source=design-time.db").Options);
}

/// <summary>Adding a migration needs no server: the connection string is never opened.</summary>
internal sealed class PostgresDesignTimeDbContextFactory : IDesignTimeDbContextFactory<PostgresRunWellDbContext>
{
    public PostgresRunWellDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<PostgresRunWellDbContext>().UseNpgsql("Host=localhost;Database=runwell_design_time").Options);
}
