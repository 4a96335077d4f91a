using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Regie.Storage.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class Walk : Migration
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
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "ReturnReason",
                table: "Measures");
        }
    }
}
