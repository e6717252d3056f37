using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace RunWell.Persistence.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class GentlePlan : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<bool>(
                name: "KeepSlots",
                table: "Pauses",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<bool>(
                name: "CelebrateMilestones",
                table: "Members",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<bool>(
                name: "PlanEveningBefore",
                table: "Members",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<int>(
                name: "PlanMinutes",
                table: "Members",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<bool>(
                name: "PlanReminders",
                table: "Members",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<string>(
                name: "PlanSlots",
                table: "Members",
                type: "character varying(120)",
                maxLength: 120,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "Milestones",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    GuildId = table.Column<long>(type: "bigint", nullable: false),
                    UserId = table.Column<long>(type: "bigint", nullable: false),
                    Kind = table.Column<int>(type: "integer", nullable: false),
                    Count = table.Column<int>(type: "integer", nullable: false),
                    ReachedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Milestones", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Milestones_Members_GuildId_UserId",
                        columns: x => new { x.GuildId, x.UserId },
                        principalTable: "Members",
                        principalColumns: new[] { "GuildId", "UserId" },
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "PlanReminders",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    GuildId = table.Column<long>(type: "bigint", nullable: false),
                    UserId = table.Column<long>(type: "bigint", nullable: false),
                    SlotDate = table.Column<DateOnly>(type: "date", nullable: false),
                    SlotUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Minutes = table.Column<int>(type: "integer", nullable: false),
                    EveningBefore = table.Column<bool>(type: "boolean", nullable: false),
                    CreatedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Answer = table.Column<int>(type: "integer", nullable: false),
                    AnsweredAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    RunId = table.Column<long>(type: "bigint", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PlanReminders", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PlanReminders_Members_GuildId_UserId",
                        columns: x => new { x.GuildId, x.UserId },
                        principalTable: "Members",
                        principalColumns: new[] { "GuildId", "UserId" },
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Milestones_GuildId_ReachedAtUtc",
                table: "Milestones",
                columns: new[] { "GuildId", "ReachedAtUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_Milestones_GuildId_UserId_Kind_Count",
                table: "Milestones",
                columns: new[] { "GuildId", "UserId", "Kind", "Count" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_PlanReminders_GuildId_CreatedAtUtc",
                table: "PlanReminders",
                columns: new[] { "GuildId", "CreatedAtUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_PlanReminders_GuildId_UserId_SlotDate",
                table: "PlanReminders",
                columns: new[] { "GuildId", "UserId", "SlotDate" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "Milestones");

            migrationBuilder.DropTable(
                name: "PlanReminders");

            migrationBuilder.DropColumn(
                name: "KeepSlots",
                table: "Pauses");

            migrationBuilder.DropColumn(
                name: "CelebrateMilestones",
                table: "Members");

            migrationBuilder.DropColumn(
                name: "PlanEveningBefore",
                table: "Members");

            migrationBuilder.DropColumn(
                name: "PlanMinutes",
                table: "Members");

            migrationBuilder.DropColumn(
                name: "PlanReminders",
                table: "Members");

            migrationBuilder.DropColumn(
                name: "PlanSlots",
                table: "Members");
        }
    }
}
