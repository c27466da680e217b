using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CaiTien.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class PlanFigures : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "PlanFigures",
                columns: table => new
                {
                    PlanId = table.Column<int>(type: "integer", nullable: false),
                    Rows = table.Column<int>(type: "integer", nullable: false),
                    Done = table.Column<int>(type: "integer", nullable: false),
                    Budget = table.Column<long>(type: "bigint", nullable: false),
                    OpenEnds = table.Column<string>(type: "text", nullable: false),
                    BudgetBySource = table.Column<string>(type: "text", nullable: false),
                    Criteria = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PlanFigures", x => x.PlanId);
                    table.ForeignKey(
                        name: "FK_PlanFigures_Plans_PlanId",
                        column: x => x.PlanId,
                        principalTable: "Plans",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Publications_SchoolYear_SchoolId",
                table: "Publications",
                columns: new[] { "SchoolYear", "SchoolId" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "PlanFigures");

            migrationBuilder.DropIndex(
                name: "IX_Publications_SchoolYear_SchoolId",
                table: "Publications");
        }
    }
}
