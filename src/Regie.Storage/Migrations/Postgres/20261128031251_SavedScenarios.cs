using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Regie.Storage.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class SavedScenarios : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "SavedScenarios",
                columns: table => new
                {
                    Id = table.Column<string>(type: "character varying(12)", unicode: false, maxLength: 12, nullable: false),
                    Json = table.Column<string>(type: "character varying(65536)", maxLength: 65536, nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SavedScenarios", x => x.Id);
                });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "SavedScenarios");
        }
    }
}
