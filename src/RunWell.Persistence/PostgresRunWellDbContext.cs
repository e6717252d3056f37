using Microsoft.EntityFrameworkCore;

namespace RunWell.Persistence;

/// <summary>The model on PostgreSQL (scale-out: several bot processes, one database); owns <c>Migrations/Postgres</c>.</summary>
public sealed class PostgresRunWellDbContext(DbContextOptions<PostgresRunWellDbContext> options) : RunWellDbContext(options);
