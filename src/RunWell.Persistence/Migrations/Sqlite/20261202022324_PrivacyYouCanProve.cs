using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace RunWell.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class PrivacyYouCanProve : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<bool>(
                name: "HiddenFromShoutOut",
                table: "Members",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<int>(
                name: "NudgeIfDmsClosed",
                table: "Members",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<byte[]>(
                name: "NoiseSecret",
                table: "Clubs",
                type: "BLOB",
                maxLength: 64,
                nullable: false,
                defaultValue: new byte[0]);

            // Existing servers get their own random noise secret, as new ones do when created.
            migrationBuilder.Sql("UPDATE \"Clubs\" SET \"NoiseSecret\" = randomblob(32);");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "HiddenFromShoutOut",
                table: "Members");

            migrationBuilder.DropColumn(
                name: "NudgeIfDmsClosed",
                table: "Members");

            migrationBuilder.DropColumn(
                name: "NoiseSecret",
                table: "Clubs");
        }
    }
}
