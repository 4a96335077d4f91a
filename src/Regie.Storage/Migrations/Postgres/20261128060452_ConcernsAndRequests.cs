using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Regie.Storage.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class ConcernsAndRequests : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "Concerns",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "uuid", nullable: false),
                    Reference = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    TokenHash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    AiSystemId = table.Column<Guid>(type: "uuid", nullable: true),
                    Category = table.Column<int>(type: "integer", nullable: false),
                    ConcernText = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    Anonymous = table.Column<bool>(type: "boolean", nullable: false),
                    RaisedByMemberId = table.Column<Guid>(type: "uuid", nullable: true),
                    ReceivedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Status = table.Column<int>(type: "integer", nullable: false),
                    InvestigatorMemberId = table.Column<Guid>(type: "uuid", nullable: true),
                    RetaliationCheck = table.Column<int>(type: "integer", nullable: false),
                    RetaliationNote = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    RetaliationCheckedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    ClosedOn = table.Column<DateOnly>(type: "date", nullable: true)
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
                name: "DecisionRequests",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "uuid", nullable: false),
                    Kind = table.Column<int>(type: "integer", nullable: false),
                    RequesterMemberId = table.Column<Guid>(type: "uuid", nullable: false),
                    AiSystemId = table.Column<Guid>(type: "uuid", nullable: false),
                    DecisionReference = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    Question = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    ReceivedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    AcknowledgeBy = table.Column<DateOnly>(type: "date", nullable: false),
                    ReviewStartBy = table.Column<DateOnly>(type: "date", nullable: false),
                    AnswerBy = table.Column<DateOnly>(type: "date", nullable: false),
                    Status = table.Column<int>(type: "integer", nullable: false),
                    HandlerMemberId = table.Column<Guid>(type: "uuid", nullable: true),
                    AcknowledgedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    ReviewStartedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    Response = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    Outcome = table.Column<int>(type: "integer", nullable: false),
                    AnsweredOn = table.Column<DateOnly>(type: "date", nullable: true),
                    AppealBy = table.Column<DateOnly>(type: "date", nullable: true),
                    AppealReason = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    AppealedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    AppealDecisionBy = table.Column<DateOnly>(type: "date", nullable: true),
                    AppealResponse = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    ClosedOn = table.Column<DateOnly>(type: "date", nullable: true)
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
                name: "ConcernMessages",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "uuid", nullable: false),
                    ConcernId = table.Column<Guid>(type: "uuid", nullable: false),
                    Number = table.Column<int>(type: "integer", nullable: false),
                    FromRaiser = table.Column<bool>(type: "boolean", nullable: false),
                    AuthorMemberId = table.Column<Guid>(type: "uuid", nullable: true),
                    MessageText = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    SentOn = table.Column<DateOnly>(type: "date", nullable: false)
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
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ConcernMessages");

            migrationBuilder.DropTable(
                name: "DecisionRequests");

            migrationBuilder.DropTable(
                name: "Concerns");
        }
    }
}
