using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace RunWell.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class GroupRuns : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<long>(
                name: "GroupRunId",
                table: "Runs",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "GroupRunRemindersOff",
                table: "Members",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<bool>(
                name: "GroupRunsAdminsOnly",
                table: "Clubs",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.CreateTable(
                name: "GroupRuns",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    GuildId = table.Column<long>(type: "INTEGER", nullable: false),
                    ChannelId = table.Column<long>(type: "INTEGER", nullable: false),
                    CreatorId = table.Column<long>(type: "INTEGER", nullable: false),
                    CreatorName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    StartUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Minutes = table.Column<int>(type: "INTEGER", nullable: false),
                    TimeZoneId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Location = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Note = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    Weekly = table.Column<bool>(type: "INTEGER", nullable: false),
                    PreviousRunId = table.Column<long>(type: "INTEGER", nullable: true),
                    EventId = table.Column<long>(type: "INTEGER", nullable: true),
                    EventState = table.Column<int>(type: "INTEGER", nullable: false),
                    Status = table.Column<int>(type: "INTEGER", nullable: false),
                    SourceId = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    CreatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    CancelledAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_GroupRuns", x => x.Id);
                    table.ForeignKey(
                        name: "FK_GroupRuns_Clubs_GuildId",
                        column: x => x.GuildId,
                        principalTable: "Clubs",
                        principalColumn: "GuildId",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "GroupRunRsvps",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    GroupRunId = table.Column<long>(type: "INTEGER", nullable: false),
                    GuildId = table.Column<long>(type: "INTEGER", nullable: false),
                    UserId = table.Column<long>(type: "INTEGER", nullable: false),
                    Answer = table.Column<int>(type: "INTEGER", nullable: true),
                    Interested = table.Column<bool>(type: "INTEGER", nullable: false),
                    UpdatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_GroupRunRsvps", x => x.Id);
                    table.ForeignKey(
                        name: "FK_GroupRunRsvps_GroupRuns_GroupRunId",
                        column: x => x.GroupRunId,
                        principalTable: "GroupRuns",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Runs_GroupRunId_UserId",
                table: "Runs",
                columns: new[] { "GroupRunId", "UserId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_GroupRunRsvps_GroupRunId_UserId",
                table: "GroupRunRsvps",
                columns: new[] { "GroupRunId", "UserId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_GroupRunRsvps_GuildId_UserId",
                table: "GroupRunRsvps",
                columns: new[] { "GuildId", "UserId" });

            migrationBuilder.CreateIndex(
                name: "IX_GroupRuns_GuildId_EventId",
                table: "GroupRuns",
                columns: new[] { "GuildId", "EventId" });

            migrationBuilder.CreateIndex(
                name: "IX_GroupRuns_GuildId_SourceId",
                table: "GroupRuns",
                columns: new[] { "GuildId", "SourceId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_GroupRuns_PreviousRunId",
                table: "GroupRuns",
                column: "PreviousRunId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_GroupRuns_Status_GuildId_StartUtc",
                table: "GroupRuns",
                columns: new[] { "Status", "GuildId", "StartUtc" });

            migrationBuilder.AddForeignKey(
                name: "FK_Runs_GroupRuns_GroupRunId",
                table: "Runs",
                column: "GroupRunId",
                principalTable: "GroupRuns",
                principalColumn: "Id",
                onDelete: ReferentialAction.SetNull);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_Runs_GroupRuns_GroupRunId",
                table: "Runs");

            migrationBuilder.DropTable(
                name: "GroupRunRsvps");

            migrationBuilder.DropTable(
                name: "GroupRuns");

            migrationBuilder.DropIndex(
                name: "IX_Runs_GroupRunId_UserId",
                table: "Runs");

            migrationBuilder.DropColumn(
                name: "GroupRunId",
                table: "Runs");

            migrationBuilder.DropColumn(
                name: "GroupRunRemindersOff",
                table: "Members");

            migrationBuilder.DropColumn(
                name: "GroupRunsAdminsOnly",
                table: "Clubs");
        }
    }
}
