using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace RunWell.Persistence;

/// <summary>Lets <c>dotnet ef</c> build the model without starting the bot.</summary>
internal sealed class DesignTimeDbContextFactory : IDesignTimeDbContextFactory<RunWellDbContext>
{
    public RunWellDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<RunWellDbContext>().UseSqlite("Data Source=design-time.db").Options);
}
