using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Regie.Storage.Migrations.Sqlite
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
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    AiSystemId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Kind = table.Column<int>(type: "INTEGER", nullable: false),
                    LegalGrounds = table.Column<int>(type: "INTEGER", nullable: false),
                    Motives = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    Consequences = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    ProposedMeasures = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    RequiredBeforeUse = table.Column<bool>(type: "INTEGER", nullable: false),
                    AnswerTermMonths = table.Column<int>(type: "INTEGER", nullable: false),
                    Status = table.Column<int>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    SentOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    AnswerDueOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Position = table.Column<int>(type: "INTEGER", nullable: true),
                    PositionText = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    PositionOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    DecisionText = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    DecisionNotifiedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    DeviatesFromAdvice = table.Column<bool>(type: "INTEGER", nullable: false),
                    DeviationReasons = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    SuspensionEndsOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    AppealDeadline = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    NullityDeadline = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    AppealedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    SubstituteConsentRequestedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    SubstituteConsentGranted = table.Column<bool>(type: "INTEGER", nullable: true),
                    ClosingNote = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    ClosedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    EvaluationOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Expert_Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Expert_Scope = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    Expert_CostEstimate = table.Column<decimal>(type: "TEXT", precision: 12, scale: 2, nullable: true),
                    Expert_NoticeOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Expert_CostApprovedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Expert_MemberId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Expert_AccessUntil = table.Column<DateOnly>(type: "TEXT", nullable: true)
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
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    AiSystemId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Status = table.Column<int>(type: "INTEGER", nullable: false),
                    SoughtOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    SoughtFrom = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    Opinion = table.Column<string>(type: "TEXT", maxLength: 8000, nullable: true),
                    ReasonNotSought = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    RecordedAt = table.Column<long>(type: "INTEGER", nullable: false)
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
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    AiSystemId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Audience = table.Column<int>(type: "INTEGER", nullable: false),
                    What = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    Why = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    Decisions = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    Oversight = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    Rights = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    Contact = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    Channel = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Status = table.Column<int>(type: "INTEGER", nullable: false),
                    SentOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false)
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
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ProcedureId = table.Column<Guid>(type: "TEXT", nullable: false),
                    HeldOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Minutes = table.Column<string>(type: "TEXT", maxLength: 8000, nullable: false),
                    RecordedAt = table.Column<long>(type: "INTEGER", nullable: false)
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
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ProcedureId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Kind = table.Column<int>(type: "INTEGER", nullable: false),
                    Text = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    AuthorMemberId = table.Column<Guid>(type: "TEXT", nullable: true),
                    PostedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Answer = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    AnsweredByMemberId = table.Column<Guid>(type: "TEXT", nullable: true),
                    AnsweredAt = table.Column<long>(type: "INTEGER", nullable: true)
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
