using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace CaiTien.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class SelfAssessments : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "SelfAssessments",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    SchoolId = table.Column<int>(type: "integer", nullable: false),
                    SchoolYear = table.Column<string>(type: "character varying(9)", maxLength: 9, nullable: false),
                    FrameworkId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SelfAssessments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_SelfAssessments_Schools_SchoolId",
                        column: x => x.SchoolId,
                        principalTable: "Schools",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "CouncilSeats",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    AssessmentId = table.Column<int>(type: "integer", nullable: false),
                    Team = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Role = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Position = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    StaffMemberId = table.Column<int>(type: "integer", nullable: true),
                    UserId = table.Column<string>(type: "text", nullable: true),
                    Order = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CouncilSeats", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CouncilSeats_SelfAssessments_AssessmentId",
                        column: x => x.AssessmentId,
                        principalTable: "SelfAssessments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "CriterionReports",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    AssessmentId = table.Column<int>(type: "integer", nullable: false),
                    CriterionCode = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    Description = table.Column<string>(type: "text", nullable: true),
                    Strengths = table.Column<string>(type: "text", nullable: true),
                    Weaknesses = table.Column<string>(type: "text", nullable: true),
                    ImprovementIdea = table.Column<string>(type: "text", nullable: true),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CriterionReports", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CriterionReports_SelfAssessments_AssessmentId",
                        column: x => x.AssessmentId,
                        principalTable: "SelfAssessments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "EvidenceEntries",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    AssessmentId = table.Column<int>(type: "integer", nullable: false),
                    CriterionCode = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    Code = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    CodeKey = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    Order = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_EvidenceEntries", x => x.Id);
                    table.ForeignKey(
                        name: "FK_EvidenceEntries_SelfAssessments_AssessmentId",
                        column: x => x.AssessmentId,
                        principalTable: "SelfAssessments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "RatingEntries",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    AssessmentId = table.Column<int>(type: "integer", nullable: false),
                    CriterionCode = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    Level = table.Column<int>(type: "integer", nullable: false),
                    RequirementKey = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    Met = table.Column<bool>(type: "boolean", nullable: false),
                    RatedBy = table.Column<string>(type: "text", nullable: true),
                    RatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RatingEntries", x => x.Id);
                    table.ForeignKey(
                        name: "FK_RatingEntries_SelfAssessments_AssessmentId",
                        column: x => x.AssessmentId,
                        principalTable: "SelfAssessments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "CriterionAssignments",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    AssessmentId = table.Column<int>(type: "integer", nullable: false),
                    CriterionCode = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    SeatId = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CriterionAssignments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CriterionAssignments_CouncilSeats_SeatId",
                        column: x => x.SeatId,
                        principalTable: "CouncilSeats",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_CriterionAssignments_SelfAssessments_AssessmentId",
                        column: x => x.AssessmentId,
                        principalTable: "SelfAssessments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_CouncilSeats_AssessmentId_Team_Order",
                table: "CouncilSeats",
                columns: new[] { "AssessmentId", "Team", "Order" });

            migrationBuilder.CreateIndex(
                name: "IX_CriterionAssignments_AssessmentId_CriterionCode",
                table: "CriterionAssignments",
                columns: new[] { "AssessmentId", "CriterionCode" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_CriterionAssignments_SeatId",
                table: "CriterionAssignments",
                column: "SeatId");

            migrationBuilder.CreateIndex(
                name: "IX_CriterionReports_AssessmentId_CriterionCode",
                table: "CriterionReports",
                columns: new[] { "AssessmentId", "CriterionCode" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_EvidenceEntries_AssessmentId_CodeKey",
                table: "EvidenceEntries",
                columns: new[] { "AssessmentId", "CodeKey" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_RatingEntries_AssessmentId_CriterionCode_Level_RequirementK~",
                table: "RatingEntries",
                columns: new[] { "AssessmentId", "CriterionCode", "Level", "RequirementKey" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_SelfAssessments_SchoolId_SchoolYear",
                table: "SelfAssessments",
                columns: new[] { "SchoolId", "SchoolYear" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "CriterionAssignments");

            migrationBuilder.DropTable(
                name: "CriterionReports");

            migrationBuilder.DropTable(
                name: "EvidenceEntries");

            migrationBuilder.DropTable(
                name: "RatingEntries");

            migrationBuilder.DropTable(
                name: "CouncilSeats");

            migrationBuilder.DropTable(
                name: "SelfAssessments");
        }
    }
}
