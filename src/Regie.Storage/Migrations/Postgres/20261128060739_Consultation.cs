using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Regie.Storage.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class Consultation : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "ConsultationProcedures",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "uuid", nullable: false),
                    AiSystemId = table.Column<Guid>(type: "uuid", nullable: false),
                    Kind = table.Column<int>(type: "integer", nullable: false),
                    LegalGrounds = table.Column<int>(type: "integer", nullable: false),
                    Motives = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    Consequences = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    ProposedMeasures = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    RequiredBeforeUse = table.Column<bool>(type: "boolean", nullable: false),
                    AnswerTermMonths = table.Column<int>(type: "integer", nullable: false),
                    Status = table.Column<int>(type: "integer", nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    SentOn = table.Column<DateOnly>(type: "date", nullable: true),
                    AnswerDueOn = table.Column<DateOnly>(type: "date", nullable: true),
                    Position = table.Column<int>(type: "integer", nullable: true),
                    PositionText = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    PositionOn = table.Column<DateOnly>(type: "date", nullable: true),
                    DecisionText = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    DecisionNotifiedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    DeviatesFromAdvice = table.Column<bool>(type: "boolean", nullable: false),
                    DeviationReasons = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    SuspensionEndsOn = table.Column<DateOnly>(type: "date", nullable: true),
                    AppealDeadline = table.Column<DateOnly>(type: "date", nullable: true),
                    NullityDeadline = table.Column<DateOnly>(type: "date", nullable: true),
                    AppealedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    SubstituteConsentRequestedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    SubstituteConsentGranted = table.Column<bool>(type: "boolean", nullable: true),
                    ClosingNote = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    ClosedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    EvaluationOn = table.Column<DateOnly>(type: "date", nullable: true),
                    Expert_Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    Expert_Scope = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    Expert_CostEstimate = table.Column<decimal>(type: "numeric(12,2)", precision: 12, scale: 2, nullable: true),
                    Expert_NoticeOn = table.Column<DateOnly>(type: "date", nullable: true),
                    Expert_CostApprovedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    Expert_MemberId = table.Column<Guid>(type: "uuid", nullable: true),
                    Expert_AccessUntil = table.Column<DateOnly>(type: "date", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ConsultationProcedures", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ConsultationProcedures_AiSystems_AiSystemId",
                        column: x => x.AiSystemId,
                        principalTable: "AiSystems",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_ConsultationProcedures_Members_Expert_MemberId",
                        column: x => x.Expert_MemberId,
                        principalTable: "Members",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                });

            migrationBuilder.CreateTable(
                name: "DpiaOpinions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "uuid", nullable: false),
                    AiSystemId = table.Column<Guid>(type: "uuid", nullable: false),
                    Status = table.Column<int>(type: "integer", nullable: false),
                    SoughtOn = table.Column<DateOnly>(type: "date", nullable: true),
                    SoughtFrom = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    Opinion = table.Column<string>(type: "character varying(8000)", maxLength: 8000, nullable: true),
                    ReasonNotSought = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    RecordedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DpiaOpinions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_DpiaOpinions_AiSystems_AiSystemId",
                        column: x => x.AiSystemId,
                        principalTable: "AiSystems",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "WorkerNotices",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "uuid", nullable: false),
                    AiSystemId = table.Column<Guid>(type: "uuid", nullable: false),
                    Audience = table.Column<int>(type: "integer", nullable: false),
                    What = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    Why = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    Decisions = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    Oversight = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    Rights = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    Contact = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    Channel = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Status = table.Column<int>(type: "integer", nullable: false),
                    SentOn = table.Column<DateOnly>(type: "date", nullable: true),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_WorkerNotices", x => x.Id);
                    table.ForeignKey(
                        name: "FK_WorkerNotices_AiSystems_AiSystemId",
                        column: x => x.AiSystemId,
                        principalTable: "AiSystems",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ConsultationMeetings",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "uuid", nullable: false),
                    ProcedureId = table.Column<Guid>(type: "uuid", nullable: false),
                    HeldOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Minutes = table.Column<string>(type: "character varying(8000)", maxLength: 8000, nullable: false),
                    RecordedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ConsultationMeetings", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ConsultationMeetings_ConsultationProcedures_ProcedureId",
                        column: x => x.ProcedureId,
                        principalTable: "ConsultationProcedures",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ConsultationMessages",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "uuid", nullable: false),
                    ProcedureId = table.Column<Guid>(type: "uuid", nullable: false),
                    Kind = table.Column<int>(type: "integer", nullable: false),
                    Text = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    AuthorMemberId = table.Column<Guid>(type: "uuid", nullable: true),
                    PostedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Answer = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    AnsweredByMemberId = table.Column<Guid>(type: "uuid", nullable: true),
                    AnsweredAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ConsultationMessages", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ConsultationMessages_ConsultationProcedures_ProcedureId",
                        column: x => x.ProcedureId,
                        principalTable: "ConsultationProcedures",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_ConsultationMessages_Members_AnsweredByMemberId",
                        column: x => x.AnsweredByMemberId,
                        principalTable: "Members",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "FK_ConsultationMessages_Members_AuthorMemberId",
                        column: x => x.AuthorMemberId,
                        principalTable: "Members",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                });

            migrationBuilder.CreateIndex(
                name: "IX_ConsultationMeetings_ProcedureId",
                table: "ConsultationMeetings",
                column: "ProcedureId");

            migrationBuilder.CreateIndex(
                name: "IX_ConsultationMessages_AnsweredByMemberId",
                table: "ConsultationMessages",
                column: "AnsweredByMemberId");

            migrationBuilder.CreateIndex(
                name: "IX_ConsultationMessages_AuthorMemberId",
                table: "ConsultationMessages",
                column: "AuthorMemberId");

            migrationBuilder.CreateIndex(
                name: "IX_ConsultationMessages_ProcedureId",
                table: "ConsultationMessages",
                column: "ProcedureId");

            migrationBuilder.CreateIndex(
                name: "IX_ConsultationProcedures_AiSystemId_CreatedAt",
                table: "ConsultationProcedures",
                columns: new[] { "AiSystemId", "CreatedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_ConsultationProcedures_Expert_MemberId",
                table: "ConsultationProcedures",
                column: "Expert_MemberId");

            migrationBuilder.CreateIndex(
                name: "IX_DpiaOpinions_AiSystemId",
                table: "DpiaOpinions",
                column: "AiSystemId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_WorkerNotices_AiSystemId_Status",
                table: "WorkerNotices",
                columns: new[] { "AiSystemId", "Status" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ConsultationMeetings");

            migrationBuilder.DropTable(
                name: "ConsultationMessages");

            migrationBuilder.DropTable(
                name: "DpiaOpinions");

            migrationBuilder.DropTable(
                name: "WorkerNotices");

            migrationBuilder.DropTable(
                name: "ConsultationProcedures");
        }
    }
}
