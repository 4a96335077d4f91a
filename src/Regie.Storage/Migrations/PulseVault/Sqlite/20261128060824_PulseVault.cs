using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Regie.Storage.Migrations.PulseVault.Sqlite
{
    /// <inheritdoc />
    public partial class PulseVault : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "PulseVaultBallotBoxes",
                columns: table => new
                {
                    WaveId = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrganisationName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    SystemName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Baseline = table.Column<bool>(type: "INTEGER", nullable: false),
                    InstrumentVersion = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Open = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PulseVaultBallotBoxes", x => x.WaveId);
                });

            migrationBuilder.CreateTable(
                name: "PulseVaultLinks",
                columns: table => new
                {
                    TokenHash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    OrganisationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    WaveId = table.Column<Guid>(type: "TEXT", nullable: false),
                    WorkerGroupId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Used = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PulseVaultLinks", x => x.TokenHash);
                    table.ForeignKey(
                        name: "FK_PulseVaultLinks_PulseVaultBallotBoxes_WaveId",
                        column: x => x.WaveId,
                        principalTable: "PulseVaultBallotBoxes",
                        principalColumn: "WaveId",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "PulseVaultResponses",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    WaveId = table.Column<Guid>(type: "TEXT", nullable: false),
                    WorkerGroupId = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PulseVaultResponses", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PulseVaultResponses_PulseVaultBallotBoxes_WaveId",
                        column: x => x.WaveId,
                        principalTable: "PulseVaultBallotBoxes",
                        principalColumn: "WaveId",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "PulseVaultAnswers",
                columns: table => new
                {
                    ResponseId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ItemCode = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    Value = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PulseVaultAnswers", x => new { x.ResponseId, x.ItemCode });
                    table.ForeignKey(
                        name: "FK_PulseVaultAnswers_PulseVaultResponses_ResponseId",
                        column: x => x.ResponseId,
                        principalTable: "PulseVaultResponses",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_PulseVaultLinks_WaveId",
                table: "PulseVaultLinks",
                column: "WaveId");

            migrationBuilder.CreateIndex(
                name: "IX_PulseVaultResponses_OrganisationId_WaveId",
                table: "PulseVaultResponses",
                columns: new[] { "OrganisationId", "WaveId" });

            migrationBuilder.CreateIndex(
                name: "IX_PulseVaultResponses_WaveId",
                table: "PulseVaultResponses",
                column: "WaveId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "PulseVaultAnswers");

            migrationBuilder.DropTable(
                name: "PulseVaultLinks");

            migrationBuilder.DropTable(
                name: "PulseVaultResponses");

            migrationBuilder.DropTable(
                name: "PulseVaultBallotBoxes");
        }
    }
}
