using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Regie.Storage.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class AdoptionWorkflow : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "Concerns",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Reference = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    TokenHash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    AiSystemId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Category = table.Column<int>(type: "INTEGER", nullable: false),
                    ConcernText = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    Anonymous = table.Column<bool>(type: "INTEGER", nullable: false),
                    RaisedByMemberId = table.Column<Guid>(type: "TEXT", nullable: true),
                    ReceivedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Status = table.Column<int>(type: "INTEGER", nullable: false),
                    InvestigatorMemberId = table.Column<Guid>(type: "TEXT", nullable: true),
                    RetaliationCheck = table.Column<int>(type: "INTEGER", nullable: false),
                    RetaliationNote = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    RetaliationCheckedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    ClosedOn = table.Column<DateOnly>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Concerns", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Concerns_AiSystems_AiSystemId",
                        column: x => x.AiSystemId,
                        principalTable: "AiSystems",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "FK_Concerns_Members_InvestigatorMemberId",
                        column: x => x.InvestigatorMemberId,
                        principalTable: "Members",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "FK_Concerns_Members_RaisedByMemberId",
                        column: x => x.RaisedByMemberId,
                        principalTable: "Members",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "FK_Concerns_Organisations_OrganisationId",
                        column: x => x.OrganisationId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

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
                name: "DecisionRequests",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Kind = table.Column<int>(type: "INTEGER", nullable: false),
                    RequesterMemberId = table.Column<Guid>(type: "TEXT", nullable: false),
                    AiSystemId = table.Column<Guid>(type: "TEXT", nullable: false),
                    DecisionReference = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Question = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    ReceivedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    AcknowledgeBy = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    ReviewStartBy = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    AnswerBy = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Status = table.Column<int>(type: "INTEGER", nullable: false),
                    HandlerMemberId = table.Column<Guid>(type: "TEXT", nullable: true),
                    AcknowledgedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    ReviewStartedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Response = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    Outcome = table.Column<int>(type: "INTEGER", nullable: false),
                    AnsweredOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    AppealBy = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    AppealReason = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    AppealedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    AppealDecisionBy = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    AppealResponse = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    ClosedOn = table.Column<DateOnly>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DecisionRequests", x => x.Id);
                    table.ForeignKey(
                        name: "FK_DecisionRequests_AiSystems_AiSystemId",
                        column: x => x.AiSystemId,
                        principalTable: "AiSystems",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_DecisionRequests_Members_HandlerMemberId",
                        column: x => x.HandlerMemberId,
                        principalTable: "Members",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "FK_DecisionRequests_Members_RequesterMemberId",
                        column: x => x.RequesterMemberId,
                        principalTable: "Members",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_DecisionRequests_Organisations_OrganisationId",
                        column: x => x.OrganisationId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
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
                name: "JobImpactAssessments",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    AiSystemId = table.Column<Guid>(type: "TEXT", nullable: false),
                    WorkerGroupId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false),
                    InstrumentVersion = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Status = table.Column<int>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    ReopenReason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    SupersededById = table.Column<Guid>(type: "TEXT", nullable: true),
                    LastComment = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    DecidedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    DecidedByMemberId = table.Column<Guid>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_JobImpactAssessments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_JobImpactAssessments_AiSystems_AiSystemId",
                        column: x => x.AiSystemId,
                        principalTable: "AiSystems",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_JobImpactAssessments_Members_DecidedByMemberId",
                        column: x => x.DecidedByMemberId,
                        principalTable: "Members",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_JobImpactAssessments_WorkerGroups_WorkerGroupId",
                        column: x => x.WorkerGroupId,
                        principalTable: "WorkerGroups",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "OversightApiKeys",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    AiSystemId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Label = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Prefix = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    TokenHash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    CreatedByMemberId = table.Column<Guid>(type: "TEXT", nullable: true),
                    RevokedAt = table.Column<long>(type: "INTEGER", nullable: true)
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
                    AiSystemId = table.Column<Guid>(type: "TEXT", nullable: false),
                    MemberId = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CanOverride = table.Column<bool>(type: "INTEGER", nullable: false),
                    CanStop = table.Column<bool>(type: "INTEGER", nullable: false),
                    HoursPerWeek = table.Column<double>(type: "REAL", nullable: false),
                    BackupMemberId = table.Column<Guid>(type: "TEXT", nullable: true)
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
                    AiSystemId = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Model = table.Column<int>(type: "INTEGER", nullable: false),
                    UnderstandEvidence = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    AutomationBiasEvidence = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    InterpretEvidence = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    OverrideEvidence = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    StopEvidence = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    Staffing = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    SecondsPerCase = table.Column<int>(type: "INTEGER", nullable: false),
                    Escalation = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    UpdatedAt = table.Column<long>(type: "INTEGER", nullable: false)
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
                name: "PulseSurveys",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    AiSystemId = table.Column<Guid>(type: "TEXT", nullable: false),
                    InstrumentVersion = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    K = table.Column<int>(type: "INTEGER", nullable: false),
                    MinDistinctAnswers = table.Column<int>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PulseSurveys", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PulseSurveys_AiSystems_AiSystemId",
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
                name: "ConcernMessages",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ConcernId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Number = table.Column<int>(type: "INTEGER", nullable: false),
                    FromRaiser = table.Column<bool>(type: "INTEGER", nullable: false),
                    AuthorMemberId = table.Column<Guid>(type: "TEXT", nullable: true),
                    MessageText = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    SentOn = table.Column<DateOnly>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ConcernMessages", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ConcernMessages_Concerns_ConcernId",
                        column: x => x.ConcernId,
                        principalTable: "Concerns",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_ConcernMessages_Members_AuthorMemberId",
                        column: x => x.AuthorMemberId,
                        principalTable: "Members",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
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

            migrationBuilder.CreateTable(
                name: "Opinions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    AssessmentId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Kind = table.Column<int>(type: "INTEGER", nullable: false),
                    Position = table.Column<int>(type: "INTEGER", nullable: false),
                    Text = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    GivenByMemberId = table.Column<Guid>(type: "TEXT", nullable: true),
                    GivenAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Opinions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Opinions_JobImpactAssessments_AssessmentId",
                        column: x => x.AssessmentId,
                        principalTable: "JobImpactAssessments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_Opinions_Members_GivenByMemberId",
                        column: x => x.GivenByMemberId,
                        principalTable: "Members",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Risks",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    AssessmentId = table.Column<Guid>(type: "TEXT", nullable: false),
                    OriginRiskId = table.Column<Guid>(type: "TEXT", nullable: false),
                    SignalCode = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    Title = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Description = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    Likelihood = table.Column<int>(type: "INTEGER", nullable: false),
                    Severity = table.Column<int>(type: "INTEGER", nullable: false),
                    OwnerMemberId = table.Column<Guid>(type: "TEXT", nullable: true),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Risks", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Risks_JobImpactAssessments_AssessmentId",
                        column: x => x.AssessmentId,
                        principalTable: "JobImpactAssessments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_Risks_Members_OwnerMemberId",
                        column: x => x.OwnerMemberId,
                        principalTable: "Members",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                });

            migrationBuilder.CreateTable(
                name: "SignalAnswers",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    AssessmentId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Code = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Presence = table.Column<int>(type: "INTEGER", nullable: false),
                    Direction = table.Column<int>(type: "INTEGER", nullable: true),
                    Evidence = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    Sources = table.Column<int>(type: "INTEGER", nullable: false),
                    Likelihood = table.Column<int>(type: "INTEGER", nullable: true),
                    Scale = table.Column<int>(type: "INTEGER", nullable: true),
                    Scope = table.Column<int>(type: "INTEGER", nullable: true),
                    Irremediability = table.Column<int>(type: "INTEGER", nullable: true),
                    AnsweredByMemberId = table.Column<Guid>(type: "TEXT", nullable: true),
                    AnsweredAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SignalAnswers", x => x.Id);
                    table.ForeignKey(
                        name: "FK_SignalAnswers_JobImpactAssessments_AssessmentId",
                        column: x => x.AssessmentId,
                        principalTable: "JobImpactAssessments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "TaskEffects",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    AssessmentId = table.Column<Guid>(type: "TEXT", nullable: false),
                    JobTaskId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Text = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    Effect = table.Column<int>(type: "INTEGER", nullable: false),
                    TimeSharePercent = table.Column<int>(type: "INTEGER", nullable: true),
                    ExpectedTimeSharePercent = table.Column<int>(type: "INTEGER", nullable: true),
                    Note = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    Position = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TaskEffects", x => x.Id);
                    table.ForeignKey(
                        name: "FK_TaskEffects_JobImpactAssessments_AssessmentId",
                        column: x => x.AssessmentId,
                        principalTable: "JobImpactAssessments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "OversightEvents",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    AiSystemId = table.Column<Guid>(type: "TEXT", nullable: false),
                    OverseerMemberId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Kind = table.Column<int>(type: "INTEGER", nullable: false),
                    CaseReference = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    SecondsSpent = table.Column<int>(type: "INTEGER", nullable: false),
                    OccurredAt = table.Column<long>(type: "INTEGER", nullable: false),
                    RecordedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    ApiKeyId = table.Column<Guid>(type: "TEXT", nullable: true)
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

            migrationBuilder.CreateTable(
                name: "PulseThresholds",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    SurveyId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Dimension = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    Indicator = table.Column<int>(type: "INTEGER", nullable: false),
                    Direction = table.Column<int>(type: "INTEGER", nullable: false),
                    Amount = table.Column<double>(type: "REAL", nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PulseThresholds", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PulseThresholds_PulseSurveys_SurveyId",
                        column: x => x.SurveyId,
                        principalTable: "PulseSurveys",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "PulseWaves",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    SurveyId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Label = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Kind = table.Column<int>(type: "INTEGER", nullable: false),
                    Status = table.Column<int>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    OpenedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    ClosedAt = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PulseWaves", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PulseWaves_PulseSurveys_SurveyId",
                        column: x => x.SurveyId,
                        principalTable: "PulseSurveys",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "PulseFlags",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    AiSystemId = table.Column<Guid>(type: "TEXT", nullable: false),
                    SurveyId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ThresholdId = table.Column<Guid>(type: "TEXT", nullable: false),
                    WaveId = table.Column<Guid>(type: "TEXT", nullable: false),
                    WorkerGroupId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Dimension = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    Change = table.Column<double>(type: "REAL", nullable: false),
                    RaisedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    MeasureId = table.Column<Guid>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PulseFlags", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PulseFlags_PulseSurveys_SurveyId",
                        column: x => x.SurveyId,
                        principalTable: "PulseSurveys",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_PulseFlags_PulseThresholds_ThresholdId",
                        column: x => x.ThresholdId,
                        principalTable: "PulseThresholds",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_PulseFlags_PulseWaves_WaveId",
                        column: x => x.WaveId,
                        principalTable: "PulseWaves",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "PulseLinkBatches",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    WaveId = table.Column<Guid>(type: "TEXT", nullable: false),
                    WorkerGroupId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Count = table.Column<int>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PulseLinkBatches", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PulseLinkBatches_PulseWaves_WaveId",
                        column: x => x.WaveId,
                        principalTable: "PulseWaves",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_PulseLinkBatches_WorkerGroups_WorkerGroupId",
                        column: x => x.WorkerGroupId,
                        principalTable: "WorkerGroups",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_ConcernMessages_AuthorMemberId",
                table: "ConcernMessages",
                column: "AuthorMemberId");

            migrationBuilder.CreateIndex(
                name: "IX_ConcernMessages_ConcernId_Number",
                table: "ConcernMessages",
                columns: new[] { "ConcernId", "Number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Concerns_AiSystemId",
                table: "Concerns",
                column: "AiSystemId");

            migrationBuilder.CreateIndex(
                name: "IX_Concerns_InvestigatorMemberId",
                table: "Concerns",
                column: "InvestigatorMemberId");

            migrationBuilder.CreateIndex(
                name: "IX_Concerns_OrganisationId_Reference",
                table: "Concerns",
                columns: new[] { "OrganisationId", "Reference" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Concerns_RaisedByMemberId",
                table: "Concerns",
                column: "RaisedByMemberId");

            migrationBuilder.CreateIndex(
                name: "IX_Concerns_TokenHash",
                table: "Concerns",
                column: "TokenHash",
                unique: true);

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
                name: "IX_DecisionRequests_AiSystemId",
                table: "DecisionRequests",
                column: "AiSystemId");

            migrationBuilder.CreateIndex(
                name: "IX_DecisionRequests_HandlerMemberId",
                table: "DecisionRequests",
                column: "HandlerMemberId");

            migrationBuilder.CreateIndex(
                name: "IX_DecisionRequests_OrganisationId_Status",
                table: "DecisionRequests",
                columns: new[] { "OrganisationId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_DecisionRequests_RequesterMemberId",
                table: "DecisionRequests",
                column: "RequesterMemberId");

            migrationBuilder.CreateIndex(
                name: "IX_DpiaOpinions_AiSystemId",
                table: "DpiaOpinions",
                column: "AiSystemId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_JobImpactAssessments_AiSystemId_WorkerGroupId_Version",
                table: "JobImpactAssessments",
                columns: new[] { "AiSystemId", "WorkerGroupId", "Version" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_JobImpactAssessments_DecidedByMemberId",
                table: "JobImpactAssessments",
                column: "DecidedByMemberId");

            migrationBuilder.CreateIndex(
                name: "IX_JobImpactAssessments_WorkerGroupId",
                table: "JobImpactAssessments",
                column: "WorkerGroupId");

            migrationBuilder.CreateIndex(
                name: "IX_Opinions_AssessmentId_Kind",
                table: "Opinions",
                columns: new[] { "AssessmentId", "Kind" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Opinions_GivenByMemberId",
                table: "Opinions",
                column: "GivenByMemberId");

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

            migrationBuilder.CreateIndex(
                name: "IX_PulseFlags_AiSystemId_RaisedAt",
                table: "PulseFlags",
                columns: new[] { "AiSystemId", "RaisedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_PulseFlags_SurveyId",
                table: "PulseFlags",
                column: "SurveyId");

            migrationBuilder.CreateIndex(
                name: "IX_PulseFlags_ThresholdId",
                table: "PulseFlags",
                column: "ThresholdId");

            migrationBuilder.CreateIndex(
                name: "IX_PulseFlags_WaveId_ThresholdId_WorkerGroupId",
                table: "PulseFlags",
                columns: new[] { "WaveId", "ThresholdId", "WorkerGroupId" });

            migrationBuilder.CreateIndex(
                name: "IX_PulseLinkBatches_WaveId",
                table: "PulseLinkBatches",
                column: "WaveId");

            migrationBuilder.CreateIndex(
                name: "IX_PulseLinkBatches_WorkerGroupId",
                table: "PulseLinkBatches",
                column: "WorkerGroupId");

            migrationBuilder.CreateIndex(
                name: "IX_PulseSurveys_AiSystemId",
                table: "PulseSurveys",
                column: "AiSystemId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_PulseThresholds_SurveyId",
                table: "PulseThresholds",
                column: "SurveyId");

            migrationBuilder.CreateIndex(
                name: "IX_PulseWaves_SurveyId",
                table: "PulseWaves",
                column: "SurveyId");

            migrationBuilder.CreateIndex(
                name: "IX_Risks_AssessmentId",
                table: "Risks",
                column: "AssessmentId");

            migrationBuilder.CreateIndex(
                name: "IX_Risks_OriginRiskId",
                table: "Risks",
                column: "OriginRiskId");

            migrationBuilder.CreateIndex(
                name: "IX_Risks_OwnerMemberId",
                table: "Risks",
                column: "OwnerMemberId");

            migrationBuilder.CreateIndex(
                name: "IX_SignalAnswers_AssessmentId_Code",
                table: "SignalAnswers",
                columns: new[] { "AssessmentId", "Code" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_TaskEffects_AssessmentId",
                table: "TaskEffects",
                column: "AssessmentId");

            migrationBuilder.CreateIndex(
                name: "IX_WorkerNotices_AiSystemId_Status",
                table: "WorkerNotices",
                columns: new[] { "AiSystemId", "Status" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ConcernMessages");

            migrationBuilder.DropTable(
                name: "ConsultationMeetings");

            migrationBuilder.DropTable(
                name: "ConsultationMessages");

            migrationBuilder.DropTable(
                name: "DecisionRequests");

            migrationBuilder.DropTable(
                name: "DpiaOpinions");

            migrationBuilder.DropTable(
                name: "Opinions");

            migrationBuilder.DropTable(
                name: "OversightAssignments");

            migrationBuilder.DropTable(
                name: "OversightDesigns");

            migrationBuilder.DropTable(
                name: "OversightEvents");

            migrationBuilder.DropTable(
                name: "PulseFlags");

            migrationBuilder.DropTable(
                name: "PulseLinkBatches");

            migrationBuilder.DropTable(
                name: "Risks");

            migrationBuilder.DropTable(
                name: "SignalAnswers");

            migrationBuilder.DropTable(
                name: "TaskEffects");

            migrationBuilder.DropTable(
                name: "WorkerNotices");

            migrationBuilder.DropTable(
                name: "Concerns");

            migrationBuilder.DropTable(
                name: "ConsultationProcedures");

            migrationBuilder.DropTable(
                name: "OversightApiKeys");

            migrationBuilder.DropTable(
                name: "PulseThresholds");

            migrationBuilder.DropTable(
                name: "PulseWaves");

            migrationBuilder.DropTable(
                name: "JobImpactAssessments");

            migrationBuilder.DropTable(
                name: "PulseSurveys");
        }
    }
}
