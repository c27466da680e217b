using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CaiTien.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class PlanExtras : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "TargetCriteria",
                table: "Plans",
                type: "text",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "RowNumberAsWritten",
                table: "PlanRows",
                type: "text",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "TargetCriteria",
                table: "Plans");

            migrationBuilder.DropColumn(
                name: "RowNumberAsWritten",
                table: "PlanRows");
        }
    }
}
