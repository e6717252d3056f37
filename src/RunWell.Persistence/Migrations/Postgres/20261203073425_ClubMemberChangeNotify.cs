using Microsoft.EntityFrameworkCore.Migrations;
using RunWell.Persistence.Caching;

#nullable disable

namespace RunWell.Persistence.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class ClubMemberChangeNotify : Migration
    {
        // Every statement that changes Clubs or Members, from any process, tells every listening RunWell
        // process (PostgresCacheListener) to forget its in-memory copies. PostgreSQL sends the notice when the
        // writing transaction commits, and never for one rolled back. Per statement, not per row: a
        // retention sweep deleting thousands of members sends one notice.
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql($"""
                CREATE FUNCTION runwell_club_member_changed() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                    PERFORM pg_notify('{PostgresCacheListener.Channel}', '');
                    RETURN NULL;
                END
                $$;
                """);
            foreach (var table in new[] { "Clubs", "Members" })
            {
                migrationBuilder.Sql($"""
                    CREATE TRIGGER "{table}_changed" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "{table}"
                    FOR EACH STATEMENT EXECUTE FUNCTION runwell_club_member_changed();
                    """);
            }
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""DROP TRIGGER IF EXISTS "Members_changed" ON "Members";""");
            migrationBuilder.Sql("""DROP TRIGGER IF EXISTS "Clubs_changed" ON "Clubs";""");
            migrationBuilder.Sql("DROP FUNCTION IF EXISTS runwell_club_member_changed();");
        }
    }
}
