using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CaiTien.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Authoring : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "IssuedAt",
                table: "Plans",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "IssuedBy",
                table: "Plans",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "PreviousRevisionId",
                table: "Plans",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "Completed",
                table: "PlanRows",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.CreateTable(
                name: "PlanSnapshots",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    PlanId = table.Column<int>(type: "INTEGER", nullable: false),
                    Revision = table.Column<int>(type: "INTEGER", nullable: false),
                    Json = table.Column<string>(type: "TEXT", nullable: false),
                    Sha256 = table.Column<string>(type: "TEXT", nullable: false),
                    IssuedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: false),
                    IssuedBy = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PlanSnapshots", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_PlanSnapshots_PlanId_Revision",
                table: "PlanSnapshots",
                columns: new[] { "PlanId", "Revision" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "PlanSnapshots");

            migrationBuilder.DropColumn(
                name: "IssuedAt",
                table: "Plans");

            migrationBuilder.DropColumn(
                name: "IssuedBy",
                table: "Plans");

            migrationBuilder.DropColumn(
                name: "PreviousRevisionId",
                table: "Plans");

            migrationBuilder.DropColumn(
                name: "Completed",
                table: "PlanRows");
        }
    }
}
