using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CaiTien.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Report : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_EvidenceEntries_AssessmentId_CodeKey",
                table: "EvidenceEntries");

            migrationBuilder.CreateTable(
                name: "AssessmentReportText",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    AssessmentId = table.Column<int>(type: "INTEGER", nullable: false),
                    Introduction = table.Column<string>(type: "TEXT", nullable: true),
                    Conclusion = table.Column<string>(type: "TEXT", nullable: true),
                    FactsJson = table.Column<string>(type: "TEXT", nullable: true),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AssessmentReportText", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AssessmentReportText_SelfAssessments_AssessmentId",
                        column: x => x.AssessmentId,
                        principalTable: "SelfAssessments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "StandardReportText",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    AssessmentId = table.Column<int>(type: "INTEGER", nullable: false),
                    StandardNumber = table.Column<int>(type: "INTEGER", nullable: false),
                    Opening = table.Column<string>(type: "TEXT", nullable: true),
                    Closing = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_StandardReportText", x => x.Id);
                    table.ForeignKey(
                        name: "FK_StandardReportText_SelfAssessments_AssessmentId",
                        column: x => x.AssessmentId,
                        principalTable: "SelfAssessments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_EvidenceEntries_AssessmentId_CodeKey",
                table: "EvidenceEntries",
                columns: new[] { "AssessmentId", "CodeKey" });

            migrationBuilder.CreateIndex(
                name: "IX_EvidenceEntries_AssessmentId_CriterionCode_CodeKey",
                table: "EvidenceEntries",
                columns: new[] { "AssessmentId", "CriterionCode", "CodeKey" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_AssessmentReportText_AssessmentId",
                table: "AssessmentReportText",
                column: "AssessmentId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_StandardReportText_AssessmentId_StandardNumber",
                table: "StandardReportText",
                columns: new[] { "AssessmentId", "StandardNumber" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "AssessmentReportText");

            migrationBuilder.DropTable(
                name: "StandardReportText");

            migrationBuilder.DropIndex(
                name: "IX_EvidenceEntries_AssessmentId_CodeKey",
                table: "EvidenceEntries");

            migrationBuilder.DropIndex(
                name: "IX_EvidenceEntries_AssessmentId_CriterionCode_CodeKey",
                table: "EvidenceEntries");

            migrationBuilder.CreateIndex(
                name: "IX_EvidenceEntries_AssessmentId_CodeKey",
                table: "EvidenceEntries",
                columns: new[] { "AssessmentId", "CodeKey" },
                unique: true);
        }
    }
}
