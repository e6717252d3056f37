using Microsoft.EntityFrameworkCore;

namespace RunWell.Persistence;

/// <summary>The model on SQLite (the zero-setup default); owns <c>Migrations/Sqlite</c>.</summary>
public sealed class SqliteRunWellDbContext(DbContextOptions<SqliteRunWellDbContext> options) : RunWellDbContext(options);
