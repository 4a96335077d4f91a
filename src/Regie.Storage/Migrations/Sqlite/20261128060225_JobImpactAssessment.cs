using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Regie.Storage.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class JobImpactAssessment : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
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
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "Opinions");

            migrationBuilder.DropTable(
                name: "Risks");

            migrationBuilder.DropTable(
                name: "SignalAnswers");

            migrationBuilder.DropTable(
                name: "TaskEffects");

            migrationBuilder.DropTable(
                name: "JobImpactAssessments");
        }
    }
}
