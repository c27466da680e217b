using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CaiTien.Data.Migrations.Sqlite
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
                type: "TEXT",
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
