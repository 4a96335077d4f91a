using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Regie.Storage.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class Oversight : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "OversightApiKeys",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "uuid", nullable: false),
                    AiSystemId = table.Column<Guid>(type: "uuid", nullable: false),
                    Label = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Prefix = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    TokenHash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    CreatedByMemberId = table.Column<Guid>(type: "uuid", nullable: true),
                    RevokedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_OversightApiKeys", x => x.Id);
                    table.ForeignKey(
                        name: "FK_OversightApiKeys_AiSystems_AiSystemId",
                        column: x => x.AiSystemId,
                        principalTable: "AiSystems",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_OversightApiKeys_Members_CreatedByMemberId",
                        column: x => x.CreatedByMemberId,
                        principalTable: "Members",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                });

            migrationBuilder.CreateTable(
                name: "OversightAssignments",
                columns: table => new
                {
                    AiSystemId = table.Column<Guid>(type: "uuid", nullable: false),
                    MemberId = table.Column<Guid>(type: "uuid", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "uuid", nullable: false),
                    CanOverride = table.Column<bool>(type: "boolean", nullable: false),
                    CanStop = table.Column<bool>(type: "boolean", nullable: false),
                    HoursPerWeek = table.Column<double>(type: "double precision", nullable: false),
                    BackupMemberId = table.Column<Guid>(type: "uuid", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_OversightAssignments", x => new { x.AiSystemId, x.MemberId });
                    table.ForeignKey(
                        name: "FK_OversightAssignments_AiSystemOverseer_AiSystemId_MemberId",
                        columns: x => new { x.AiSystemId, x.MemberId },
                        principalTable: "AiSystemOverseer",
                        principalColumns: new[] { "AiSystemId", "MemberId" },
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_OversightAssignments_Members_BackupMemberId",
                        column: x => x.BackupMemberId,
                        principalTable: "Members",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                });

            migrationBuilder.CreateTable(
                name: "OversightDesigns",
                columns: table => new
                {
                    AiSystemId = table.Column<Guid>(type: "uuid", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "uuid", nullable: false),
                    Model = table.Column<int>(type: "integer", nullable: false),
                    UnderstandEvidence = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    AutomationBiasEvidence = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    InterpretEvidence = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    OverrideEvidence = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    StopEvidence = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    Staffing = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    SecondsPerCase = table.Column<int>(type: "integer", nullable: false),
                    Escalation = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_OversightDesigns", x => x.AiSystemId);
                    table.ForeignKey(
                        name: "FK_OversightDesigns_AiSystems_AiSystemId",
                        column: x => x.AiSystemId,
                        principalTable: "AiSystems",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "OversightEvents",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "uuid", nullable: false),
                    AiSystemId = table.Column<Guid>(type: "uuid", nullable: false),
                    OverseerMemberId = table.Column<Guid>(type: "uuid", nullable: false),
                    Kind = table.Column<int>(type: "integer", nullable: false),
                    CaseReference = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    SecondsSpent = table.Column<int>(type: "integer", nullable: false),
                    OccurredAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    RecordedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    ApiKeyId = table.Column<Guid>(type: "uuid", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_OversightEvents", x => x.Id);
                    table.ForeignKey(
                        name: "FK_OversightEvents_AiSystems_AiSystemId",
                        column: x => x.AiSystemId,
                        principalTable: "AiSystems",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_OversightEvents_OversightApiKeys_ApiKeyId",
                        column: x => x.ApiKeyId,
                        principalTable: "OversightApiKeys",
                        principalColumn: "Id");
                });

            migrationBuilder.CreateIndex(
                name: "IX_OversightApiKeys_AiSystemId",
                table: "OversightApiKeys",
                column: "AiSystemId");

            migrationBuilder.CreateIndex(
                name: "IX_OversightApiKeys_CreatedByMemberId",
                table: "OversightApiKeys",
                column: "CreatedByMemberId");

            migrationBuilder.CreateIndex(
                name: "IX_OversightApiKeys_TokenHash",
                table: "OversightApiKeys",
                column: "TokenHash",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_OversightAssignments_BackupMemberId",
                table: "OversightAssignments",
                column: "BackupMemberId");

            migrationBuilder.CreateIndex(
                name: "IX_OversightEvents_AiSystemId_OccurredAt",
                table: "OversightEvents",
                columns: new[] { "AiSystemId", "OccurredAt" });

            migrationBuilder.CreateIndex(
                name: "IX_OversightEvents_ApiKeyId",
                table: "OversightEvents",
                column: "ApiKeyId");

            migrationBuilder.CreateIndex(
                name: "IX_OversightEvents_OverseerMemberId_OccurredAt",
                table: "OversightEvents",
                columns: new[] { "OverseerMemberId", "OccurredAt" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "OversightAssignments");

            migrationBuilder.DropTable(
                name: "OversightDesigns");

            migrationBuilder.DropTable(
                name: "OversightEvents");

            migrationBuilder.DropTable(
                name: "OversightApiKeys");
        }
    }
}
