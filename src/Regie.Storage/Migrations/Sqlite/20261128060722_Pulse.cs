using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Regie.Storage.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Pulse : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
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
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "PulseFlags");

            migrationBuilder.DropTable(
                name: "PulseLinkBatches");

            migrationBuilder.DropTable(
                name: "PulseThresholds");

            migrationBuilder.DropTable(
                name: "PulseWaves");

            migrationBuilder.DropTable(
                name: "PulseSurveys");
        }
    }
}
