using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace RunWell.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class ClubMemberChangeNotify : Migration
    {
        // Nothing on SQLite: its file belongs to one process, whose own statements empty the in-memory club
        // and member copies (ClubMemberCacheInvalidator). Kept so both providers list the same migrations.
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
        }
    }
}
