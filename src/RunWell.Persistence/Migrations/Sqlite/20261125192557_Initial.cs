using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace RunWell.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "BotStates",
                columns: table => new
                {
                    Key = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Value = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    UpdatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_BotStates", x => x.Key);
                });

            migrationBuilder.CreateTable(
                name: "Clubs",
                columns: table => new
                {
                    GuildId = table.Column<long>(type: "INTEGER", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    ChannelId = table.Column<long>(type: "INTEGER", nullable: true),
                    TimeZoneId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    SummaryDay = table.Column<int>(type: "INTEGER", nullable: false),
                    SummaryTime = table.Column<TimeOnly>(type: "TEXT", nullable: false),
                    PairingDay = table.Column<int>(type: "INTEGER", nullable: false),
                    PairingTime = table.Column<TimeOnly>(type: "TEXT", nullable: false),
                    CheckInDay = table.Column<int>(type: "INTEGER", nullable: false),
                    CheckInTime = table.Column<TimeOnly>(type: "TEXT", nullable: false),
                    NudgeTime = table.Column<TimeOnly>(type: "TEXT", nullable: false),
                    SupportText = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    RetentionDays = table.Column<int>(type: "INTEGER", nullable: false),
                    CreatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    RemovedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Clubs", x => x.GuildId);
                });

            migrationBuilder.CreateTable(
                name: "BuddyGroups",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    GuildId = table.Column<long>(type: "INTEGER", nullable: false),
                    WeekStart = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    CreatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_BuddyGroups", x => x.Id);
                    table.ForeignKey(
                        name: "FK_BuddyGroups_Clubs_GuildId",
                        column: x => x.GuildId,
                        principalTable: "Clubs",
                        principalColumn: "GuildId",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Members",
                columns: table => new
                {
                    GuildId = table.Column<long>(type: "INTEGER", nullable: false),
                    UserId = table.Column<long>(type: "INTEGER", nullable: false),
                    DisplayName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    TimeZoneId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    BuddyOptIn = table.Column<bool>(type: "INTEGER", nullable: false),
                    NudgeOptIn = table.Column<bool>(type: "INTEGER", nullable: false),
                    NudgeAfterDays = table.Column<int>(type: "INTEGER", nullable: false),
                    NudgeSnoozedUntilUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    LastNudgeAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    LastActivityAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    PrivacyNoticeShownAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    CreatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Members", x => new { x.GuildId, x.UserId });
                    table.ForeignKey(
                        name: "FK_Members_Clubs_GuildId",
                        column: x => x.GuildId,
                        principalTable: "Clubs",
                        principalColumn: "GuildId",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ScheduledPosts",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    GuildId = table.Column<long>(type: "INTEGER", nullable: false),
                    Kind = table.Column<int>(type: "INTEGER", nullable: false),
                    PeriodKey = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    CreatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ScheduledPosts", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ScheduledPosts_Clubs_GuildId",
                        column: x => x.GuildId,
                        principalTable: "Clubs",
                        principalColumn: "GuildId",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "BuddyGroupMembers",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    GroupId = table.Column<long>(type: "INTEGER", nullable: false),
                    UserId = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_BuddyGroupMembers", x => x.Id);
                    table.ForeignKey(
                        name: "FK_BuddyGroupMembers_BuddyGroups_GroupId",
                        column: x => x.GroupId,
                        principalTable: "BuddyGroups",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "BuddyAnswers",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    GroupId = table.Column<long>(type: "INTEGER", nullable: false),
                    GuildId = table.Column<long>(type: "INTEGER", nullable: false),
                    UserId = table.Column<long>(type: "INTEGER", nullable: false),
                    Answer = table.Column<int>(type: "INTEGER", nullable: false),
                    AnsweredAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_BuddyAnswers", x => x.Id);
                    table.ForeignKey(
                        name: "FK_BuddyAnswers_BuddyGroups_GroupId",
                        column: x => x.GroupId,
                        principalTable: "BuddyGroups",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_BuddyAnswers_Members_GuildId_UserId",
                        columns: x => new { x.GuildId, x.UserId },
                        principalTable: "Members",
                        principalColumns: new[] { "GuildId", "UserId" },
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "CheckIns",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    GuildId = table.Column<long>(type: "INTEGER", nullable: false),
                    UserId = table.Column<long>(type: "INTEGER", nullable: false),
                    AtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    LocalDate = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    LocalTime = table.Column<TimeOnly>(type: "TEXT", nullable: false),
                    Mood = table.Column<int>(type: "INTEGER", nullable: false),
                    Stress = table.Column<int>(type: "INTEGER", nullable: false),
                    Energy = table.Column<int>(type: "INTEGER", nullable: false),
                    Sleep = table.Column<int>(type: "INTEGER", nullable: true),
                    Concern = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    SourceId = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    CreatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CheckIns", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CheckIns_Members_GuildId_UserId",
                        columns: x => new { x.GuildId, x.UserId },
                        principalTable: "Members",
                        principalColumns: new[] { "GuildId", "UserId" },
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Nudges",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    GuildId = table.Column<long>(type: "INTEGER", nullable: false),
                    UserId = table.Column<long>(type: "INTEGER", nullable: false),
                    SentAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    LocalDate = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Delivery = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Nudges", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Nudges_Members_GuildId_UserId",
                        columns: x => new { x.GuildId, x.UserId },
                        principalTable: "Members",
                        principalColumns: new[] { "GuildId", "UserId" },
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Pauses",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    GuildId = table.Column<long>(type: "INTEGER", nullable: false),
                    UserId = table.Column<long>(type: "INTEGER", nullable: false),
                    StartUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    EndUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Pauses", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Pauses_Members_GuildId_UserId",
                        columns: x => new { x.GuildId, x.UserId },
                        principalTable: "Members",
                        principalColumns: new[] { "GuildId", "UserId" },
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Outbox",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    GuildId = table.Column<long>(type: "INTEGER", nullable: false),
                    ScheduledPostId = table.Column<long>(type: "INTEGER", nullable: true),
                    Kind = table.Column<int>(type: "INTEGER", nullable: false),
                    ChannelId = table.Column<long>(type: "INTEGER", nullable: true),
                    DirectMessageUserId = table.Column<long>(type: "INTEGER", nullable: true),
                    PayloadJson = table.Column<string>(type: "TEXT", nullable: false),
                    FallbackPayloadJson = table.Column<string>(type: "TEXT", nullable: true),
                    Nonce = table.Column<string>(type: "TEXT", maxLength: 25, nullable: false),
                    Status = table.Column<int>(type: "INTEGER", nullable: false),
                    Attempts = table.Column<int>(type: "INTEGER", nullable: false),
                    NextAttemptAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    LastError = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    SentMessageId = table.Column<long>(type: "INTEGER", nullable: true),
                    CreatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    SentAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Outbox", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Outbox_Clubs_GuildId",
                        column: x => x.GuildId,
                        principalTable: "Clubs",
                        principalColumn: "GuildId",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_Outbox_ScheduledPosts_ScheduledPostId",
                        column: x => x.ScheduledPostId,
                        principalTable: "ScheduledPosts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Runs",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    GuildId = table.Column<long>(type: "INTEGER", nullable: false),
                    UserId = table.Column<long>(type: "INTEGER", nullable: false),
                    AtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    LocalDate = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    LocalTime = table.Column<TimeOnly>(type: "TEXT", nullable: false),
                    Minutes = table.Column<int>(type: "INTEGER", nullable: false),
                    Kind = table.Column<int>(type: "INTEGER", nullable: false),
                    MoodAfter = table.Column<int>(type: "INTEGER", nullable: true),
                    StressAfter = table.Column<int>(type: "INTEGER", nullable: true),
                    EnergyAfter = table.Column<int>(type: "INTEGER", nullable: true),
                    Helped = table.Column<int>(type: "INTEGER", nullable: true),
                    Note = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    DistanceKm = table.Column<double>(type: "REAL", nullable: true),
                    BeforeCheckInId = table.Column<long>(type: "INTEGER", nullable: true),
                    SourceId = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    CreatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Runs", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Runs_CheckIns_BeforeCheckInId",
                        column: x => x.BeforeCheckInId,
                        principalTable: "CheckIns",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "FK_Runs_Members_GuildId_UserId",
                        columns: x => new { x.GuildId, x.UserId },
                        principalTable: "Members",
                        principalColumns: new[] { "GuildId", "UserId" },
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_BuddyAnswers_GroupId_UserId",
                table: "BuddyAnswers",
                columns: new[] { "GroupId", "UserId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_BuddyAnswers_GuildId_AnsweredAtUtc",
                table: "BuddyAnswers",
                columns: new[] { "GuildId", "AnsweredAtUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_BuddyAnswers_GuildId_UserId",
                table: "BuddyAnswers",
                columns: new[] { "GuildId", "UserId" });

            migrationBuilder.CreateIndex(
                name: "IX_BuddyGroupMembers_GroupId",
                table: "BuddyGroupMembers",
                column: "GroupId");

            migrationBuilder.CreateIndex(
                name: "IX_BuddyGroupMembers_UserId_GroupId",
                table: "BuddyGroupMembers",
                columns: new[] { "UserId", "GroupId" });

            migrationBuilder.CreateIndex(
                name: "IX_BuddyGroups_GuildId_WeekStart",
                table: "BuddyGroups",
                columns: new[] { "GuildId", "WeekStart" });

            migrationBuilder.CreateIndex(
                name: "IX_CheckIns_GuildId_AtUtc",
                table: "CheckIns",
                columns: new[] { "GuildId", "AtUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_CheckIns_GuildId_LocalDate",
                table: "CheckIns",
                columns: new[] { "GuildId", "LocalDate" });

            migrationBuilder.CreateIndex(
                name: "IX_CheckIns_GuildId_UserId_AtUtc",
                table: "CheckIns",
                columns: new[] { "GuildId", "UserId", "AtUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_CheckIns_SourceId",
                table: "CheckIns",
                column: "SourceId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Members_GuildId_BuddyOptIn",
                table: "Members",
                columns: new[] { "GuildId", "BuddyOptIn" });

            migrationBuilder.CreateIndex(
                name: "IX_Members_NudgeOptIn_GuildId",
                table: "Members",
                columns: new[] { "NudgeOptIn", "GuildId" });

            migrationBuilder.CreateIndex(
                name: "IX_Nudges_GuildId_UserId_SentAtUtc",
                table: "Nudges",
                columns: new[] { "GuildId", "UserId", "SentAtUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_Outbox_GuildId_Kind_Status",
                table: "Outbox",
                columns: new[] { "GuildId", "Kind", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_Outbox_Nonce",
                table: "Outbox",
                column: "Nonce",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Outbox_ScheduledPostId",
                table: "Outbox",
                column: "ScheduledPostId");

            migrationBuilder.CreateIndex(
                name: "IX_Outbox_Status_NextAttemptAtUtc",
                table: "Outbox",
                columns: new[] { "Status", "NextAttemptAtUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_Pauses_GuildId_UserId_EndUtc",
                table: "Pauses",
                columns: new[] { "GuildId", "UserId", "EndUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_Runs_BeforeCheckInId",
                table: "Runs",
                column: "BeforeCheckInId");

            migrationBuilder.CreateIndex(
                name: "IX_Runs_GuildId_AtUtc",
                table: "Runs",
                columns: new[] { "GuildId", "AtUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_Runs_GuildId_LocalDate",
                table: "Runs",
                columns: new[] { "GuildId", "LocalDate" });

            migrationBuilder.CreateIndex(
                name: "IX_Runs_GuildId_UserId_AtUtc",
                table: "Runs",
                columns: new[] { "GuildId", "UserId", "AtUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_Runs_SourceId",
                table: "Runs",
                column: "SourceId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ScheduledPosts_GuildId_Kind_PeriodKey",
                table: "ScheduledPosts",
                columns: new[] { "GuildId", "Kind", "PeriodKey" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "BotStates");

            migrationBuilder.DropTable(
                name: "BuddyAnswers");

            migrationBuilder.DropTable(
                name: "BuddyGroupMembers");

            migrationBuilder.DropTable(
                name: "Nudges");

            migrationBuilder.DropTable(
                name: "Outbox");

            migrationBuilder.DropTable(
                name: "Pauses");

            migrationBuilder.DropTable(
                name: "Runs");

            migrationBuilder.DropTable(
                name: "BuddyGroups");

            migrationBuilder.DropTable(
                name: "ScheduledPosts");

            migrationBuilder.DropTable(
                name: "CheckIns");

            migrationBuilder.DropTable(
                name: "Members");

            migrationBuilder.DropTable(
                name: "Clubs");
        }
    }
}
