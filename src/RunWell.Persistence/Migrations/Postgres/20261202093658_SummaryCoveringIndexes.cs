using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace RunWell.Persistence.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class SummaryCoveringIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Runs_GuildId_LocalDate",
                table: "Runs");

            migrationBuilder.DropIndex(
                name: "IX_CheckIns_GuildId_LocalDate",
                table: "CheckIns");

            migrationBuilder.CreateIndex(
                name: "IX_Runs_GuildId_LocalDate_Summary",
                table: "Runs",
                columns: new[] { "GuildId", "LocalDate", "UserId", "Minutes", "MoodAfter", "CreatedAtUtc", "BeforeCheckInId" });

            migrationBuilder.CreateIndex(
                name: "IX_CheckIns_GuildId_LocalDate_UserId",
                table: "CheckIns",
                columns: new[] { "GuildId", "LocalDate", "UserId" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Runs_GuildId_LocalDate_Summary",
                table: "Runs");

            migrationBuilder.DropIndex(
                name: "IX_CheckIns_GuildId_LocalDate_UserId",
                table: "CheckIns");

            migrationBuilder.CreateIndex(
                name: "IX_Runs_GuildId_LocalDate",
                table: "Runs",
                columns: new[] { "GuildId", "LocalDate" });

            migrationBuilder.CreateIndex(
                name: "IX_CheckIns_GuildId_LocalDate",
                table: "CheckIns",
                columns: new[] { "GuildId", "LocalDate" });
        }
    }
}
