using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace RunWell.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class DerivedLastActivity : Migration
    {
        // A member's last activity is now derived from their check-ins, runs (group runs attended
        // included) and buddy answers: the stored copy equals the latest of those, so dropping it
        // loses nothing a member sees. The answers' index gains AnsweredAtUtc so that their newest
        // is one seek, as for check-ins and runs.
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_BuddyAnswers_GuildId_UserId",
                table: "BuddyAnswers");

            migrationBuilder.DropColumn(
                name: "LastActivityAtUtc",
                table: "Members");

            migrationBuilder.CreateIndex(
                name: "IX_BuddyAnswers_GuildId_UserId_AnsweredAtUtc",
                table: "BuddyAnswers",
                columns: new[] { "GuildId", "UserId", "AnsweredAtUtc" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_BuddyAnswers_GuildId_UserId_AnsweredAtUtc",
                table: "BuddyAnswers");

            migrationBuilder.AddColumn<DateTime>(
                name: "LastActivityAtUtc",
                table: "Members",
                type: "TEXT",
                nullable: true);

            // Going back to a release that stores it: refilled from the rows it is derived from.
            foreach (var sql in LastActivityRefill.Statements)
            {
                migrationBuilder.Sql(sql);
            }

            migrationBuilder.CreateIndex(
                name: "IX_BuddyAnswers_GuildId_UserId",
                table: "BuddyAnswers",
                columns: new[] { "GuildId", "UserId" });
        }
    }
}
