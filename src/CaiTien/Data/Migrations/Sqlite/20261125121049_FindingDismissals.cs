using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CaiTien.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class FindingDismissals : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "FindingDismissals",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    PlanId = table.Column<int>(type: "INTEGER", nullable: false),
                    Rule = table.Column<string>(type: "TEXT", nullable: false),
                    LocationKey = table.Column<string>(type: "TEXT", nullable: false),
                    Reason = table.Column<string>(type: "TEXT", nullable: false),
                    DismissedBy = table.Column<string>(type: "TEXT", nullable: false),
                    DismissedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_FindingDismissals", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_FindingDismissals_PlanId_Rule_LocationKey",
                table: "FindingDismissals",
                columns: new[] { "PlanId", "Rule", "LocationKey" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "FindingDismissals");
        }
    }
}
