using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CaiTien.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class ResultIndicator : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "ResultIndicator",
                table: "PlanRows",
                type: "text",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "ResultIndicator",
                table: "PlanRows");
        }
    }
}
