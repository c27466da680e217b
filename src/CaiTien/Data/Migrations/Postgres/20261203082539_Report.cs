using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace CaiTien.Data.Migrations.Postgres
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
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    AssessmentId = table.Column<int>(type: "integer", nullable: false),
                    Introduction = table.Column<string>(type: "text", nullable: true),
                    Conclusion = table.Column<string>(type: "text", nullable: true),
                    FactsJson = table.Column<string>(type: "text", nullable: true),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
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
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    AssessmentId = table.Column<int>(type: "integer", nullable: false),
                    StandardNumber = table.Column<int>(type: "integer", nullable: false),
                    Opening = table.Column<string>(type: "text", nullable: true),
                    Closing = table.Column<string>(type: "text", nullable: true)
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
