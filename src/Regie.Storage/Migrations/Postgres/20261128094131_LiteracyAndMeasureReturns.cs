using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Regie.Storage.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class LiteracyAndMeasureReturns : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "ReturnReason",
                table: "Measures",
                type: "character varying(2000)",
                maxLength: 2000,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "LiteracyProfiles",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "uuid", nullable: false),
                    MemberId = table.Column<Guid>(type: "uuid", nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false),
                    InstrumentVersion = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    TakenAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    AssessedUpTo = table.Column<int>(type: "integer", nullable: false),
                    WorkerGroupId = table.Column<Guid>(type: "uuid", nullable: true),
                    RequiredAtTheTime = table.Column<int>(type: "integer", nullable: false),
                    KnowledgeLevel = table.Column<int>(type: "integer", nullable: false),
                    OrganisationLevel = table.Column<int>(type: "integer", nullable: false),
                    HandsOnLevel = table.Column<int>(type: "integer", nullable: false),
                    EthicsLevel = table.Column<int>(type: "integer", nullable: false),
                    LearningPlan = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_LiteracyProfiles", x => x.Id);
                    table.ForeignKey(
                        name: "FK_LiteracyProfiles_Members_MemberId",
                        column: x => x.MemberId,
                        principalTable: "Members",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_LiteracyProfiles_WorkerGroups_WorkerGroupId",
                        column: x => x.WorkerGroupId,
                        principalTable: "WorkerGroups",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                });

            migrationBuilder.CreateTable(
                name: "RoleLiteracyRequirements",
                columns: table => new
                {
                    OrganisationId = table.Column<Guid>(type: "uuid", nullable: false),
                    Role = table.Column<int>(type: "integer", nullable: false),
                    Level = table.Column<int>(type: "integer", nullable: false),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RoleLiteracyRequirements", x => new { x.OrganisationId, x.Role });
                    table.ForeignKey(
                        name: "FK_RoleLiteracyRequirements_Organisations_OrganisationId",
                        column: x => x.OrganisationId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "SystemLiteracyRequirements",
                columns: table => new
                {
                    AiSystemId = table.Column<Guid>(type: "uuid", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "uuid", nullable: false),
                    Level = table.Column<int>(type: "integer", nullable: false),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SystemLiteracyRequirements", x => x.AiSystemId);
                    table.ForeignKey(
                        name: "FK_SystemLiteracyRequirements_AiSystems_AiSystemId",
                        column: x => x.AiSystemId,
                        principalTable: "AiSystems",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "TrainingRecords",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "uuid", nullable: false),
                    MemberId = table.Column<Guid>(type: "uuid", nullable: false),
                    Course = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Provider = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Hours = table.Column<double>(type: "double precision", nullable: false),
                    Codes = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    CompletedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Evidence = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    ExpiresOn = table.Column<DateOnly>(type: "date", nullable: true),
                    RecordedByMemberId = table.Column<Guid>(type: "uuid", nullable: true),
                    RecordedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TrainingRecords", x => x.Id);
                    table.ForeignKey(
                        name: "FK_TrainingRecords_Members_MemberId",
                        column: x => x.MemberId,
                        principalTable: "Members",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_TrainingRecords_Members_RecordedByMemberId",
                        column: x => x.RecordedByMemberId,
                        principalTable: "Members",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                });

            migrationBuilder.CreateTable(
                name: "LiteracyScores",
                columns: table => new
                {
                    ProfileId = table.Column<Guid>(type: "uuid", nullable: false),
                    Code = table.Column<string>(type: "character varying(3)", maxLength: 3, nullable: false),
                    OrganisationId = table.Column<Guid>(type: "uuid", nullable: false),
                    MeanWeight = table.Column<double>(type: "double precision", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_LiteracyScores", x => new { x.ProfileId, x.Code });
                    table.ForeignKey(
                        name: "FK_LiteracyScores_LiteracyProfiles_ProfileId",
                        column: x => x.ProfileId,
                        principalTable: "LiteracyProfiles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_LiteracyProfiles_MemberId_Version",
                table: "LiteracyProfiles",
                columns: new[] { "MemberId", "Version" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_LiteracyProfiles_WorkerGroupId",
                table: "LiteracyProfiles",
                column: "WorkerGroupId");

            migrationBuilder.CreateIndex(
                name: "IX_TrainingRecords_MemberId",
                table: "TrainingRecords",
                column: "MemberId");

            migrationBuilder.CreateIndex(
                name: "IX_TrainingRecords_RecordedByMemberId",
                table: "TrainingRecords",
                column: "RecordedByMemberId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "LiteracyScores");

            migrationBuilder.DropTable(
                name: "RoleLiteracyRequirements");

            migrationBuilder.DropTable(
                name: "SystemLiteracyRequirements");

            migrationBuilder.DropTable(
                name: "TrainingRecords");

            migrationBuilder.DropTable(
                name: "LiteracyProfiles");

            migrationBuilder.DropColumn(
                name: "ReturnReason",
                table: "Measures");
        }
    }
}
