using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CaiTien.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class ProvinceReady : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_EvidenceEntries_AssessmentId_CodeKey",
                table: "EvidenceEntries");

            migrationBuilder.AddColumn<string>(
                name: "Email",
                table: "Staff",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Phone",
                table: "Staff",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Team",
                table: "Staff",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Address",
                table: "Schools",
                type: "TEXT",
                maxLength: 300,
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "ClosedOn",
                table: "Schools",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ContactEmail",
                table: "Schools",
                type: "TEXT",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ContactPhone",
                table: "Schools",
                type: "TEXT",
                maxLength: 50,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "MergedIntoId",
                table: "Schools",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Ownership",
                table: "Schools",
                type: "TEXT",
                maxLength: 50,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "PrincipalName",
                table: "Schools",
                type: "TEXT",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "MergedIntoId",
                table: "Provinces",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "ValidFrom",
                table: "Provinces",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "ValidTo",
                table: "Provinces",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "RowKey",
                table: "PlanRows",
                type: "TEXT",
                nullable: false,
                defaultValue: new Guid("00000000-0000-0000-0000-000000000000"));

            migrationBuilder.AddColumn<string>(
                name: "Kind",
                table: "Districts",
                type: "TEXT",
                maxLength: 30,
                nullable: false,
                defaultValue: "LegacyDistrictOffice");

            migrationBuilder.AddColumn<string>(
                name: "LocalGovernment",
                table: "Districts",
                type: "TEXT",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "MergedIntoId",
                table: "Districts",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "ValidFrom",
                table: "Districts",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "ValidTo",
                table: "Districts",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "ExpiresAt",
                table: "DistrictApiTokens",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "DeactivatedAt",
                table: "AspNetUsers",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "MustChangePassword",
                table: "AspNetUsers",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

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
                name: "DataProtectionKeys",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    FriendlyName = table.Column<string>(type: "TEXT", nullable: true),
                    Xml = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DataProtectionKeys", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "ImportUploads",
                columns: table => new
                {
                    Token = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    SchoolId = table.Column<int>(type: "INTEGER", nullable: false),
                    Sha256 = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Extension = table.Column<string>(type: "TEXT", maxLength: 5, nullable: false),
                    Size = table.Column<long>(type: "INTEGER", nullable: false),
                    UploadedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ImportUploads", x => x.Token);
                });

            migrationBuilder.CreateTable(
                name: "SchoolHoliday",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ProvinceId = table.Column<int>(type: "INTEGER", nullable: true),
                    SchoolId = table.Column<int>(type: "INTEGER", nullable: true),
                    SchoolYear = table.Column<string>(type: "TEXT", maxLength: 9, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    From = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    To = table.Column<DateOnly>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SchoolHoliday", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "SchoolSupervisions",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    SchoolId = table.Column<int>(type: "INTEGER", nullable: false),
                    FromYear = table.Column<string>(type: "TEXT", maxLength: 9, nullable: true),
                    ToYear = table.Column<string>(type: "TEXT", maxLength: 9, nullable: true),
                    DistrictId = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SchoolSupervisions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_SchoolSupervisions_Districts_DistrictId",
                        column: x => x.DistrictId,
                        principalTable: "Districts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_SchoolSupervisions_Schools_SchoolId",
                        column: x => x.SchoolId,
                        principalTable: "Schools",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "SiteCounters",
                columns: table => new
                {
                    Name = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Value = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SiteCounters", x => x.Name);
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

            migrationBuilder.CreateTable(
                name: "StoredFileChunks",
                columns: table => new
                {
                    Sha256 = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Index = table.Column<int>(type: "INTEGER", nullable: false),
                    Data = table.Column<byte[]>(type: "BLOB", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_StoredFileChunks", x => new { x.Sha256, x.Index });
                });

            migrationBuilder.CreateTable(
                name: "StoredFiles",
                columns: table => new
                {
                    Sha256 = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Size = table.Column<long>(type: "INTEGER", nullable: false),
                    ChunkCount = table.Column<int>(type: "INTEGER", nullable: false),
                    StoredAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_StoredFiles", x => x.Sha256);
                });

            migrationBuilder.CreateTable(
                name: "UnitEvents",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ProvinceId = table.Column<int>(type: "INTEGER", nullable: true),
                    DistrictId = table.Column<int>(type: "INTEGER", nullable: true),
                    SchoolId = table.Column<int>(type: "INTEGER", nullable: true),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    On = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    OldName = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    NewName = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    IntoId = table.Column<int>(type: "INTEGER", nullable: true),
                    Note = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_UnitEvents", x => x.Id);
                });

            migrationBuilder.InsertData(
                table: "SiteCounters",
                columns: new[] { "Name", "Value" },
                values: new object[] { "publications", 0L });

            migrationBuilder.CreateIndex(
                name: "IX_Schools_MergedIntoId",
                table: "Schools",
                column: "MergedIntoId");

            migrationBuilder.CreateIndex(
                name: "IX_Provinces_MergedIntoId",
                table: "Provinces",
                column: "MergedIntoId");

            migrationBuilder.CreateIndex(
                name: "IX_PlanRows_RowKey",
                table: "PlanRows",
                column: "RowKey");

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
                name: "IX_Districts_MergedIntoId",
                table: "Districts",
                column: "MergedIntoId");

            migrationBuilder.CreateIndex(
                name: "IX_AspNetUsers_DistrictId",
                table: "AspNetUsers",
                column: "DistrictId");

            migrationBuilder.CreateIndex(
                name: "IX_AspNetUsers_ProvinceId",
                table: "AspNetUsers",
                column: "ProvinceId");

            migrationBuilder.CreateIndex(
                name: "IX_AspNetUsers_SchoolId",
                table: "AspNetUsers",
                column: "SchoolId");

            migrationBuilder.CreateIndex(
                name: "IX_AssessmentReportText_AssessmentId",
                table: "AssessmentReportText",
                column: "AssessmentId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_SchoolHoliday_SchoolYear_ProvinceId_SchoolId",
                table: "SchoolHoliday",
                columns: new[] { "SchoolYear", "ProvinceId", "SchoolId" });

            migrationBuilder.CreateIndex(
                name: "IX_SchoolSupervisions_DistrictId",
                table: "SchoolSupervisions",
                column: "DistrictId");

            migrationBuilder.CreateIndex(
                name: "IX_SchoolSupervisions_SchoolId_FromYear",
                table: "SchoolSupervisions",
                columns: new[] { "SchoolId", "FromYear" });

            migrationBuilder.CreateIndex(
                name: "IX_StandardReportText_AssessmentId_StandardNumber",
                table: "StandardReportText",
                columns: new[] { "AssessmentId", "StandardNumber" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_UnitEvents_DistrictId",
                table: "UnitEvents",
                column: "DistrictId");

            migrationBuilder.CreateIndex(
                name: "IX_UnitEvents_ProvinceId",
                table: "UnitEvents",
                column: "ProvinceId");

            migrationBuilder.CreateIndex(
                name: "IX_UnitEvents_SchoolId",
                table: "UnitEvents",
                column: "SchoolId");

            migrationBuilder.AddForeignKey(
                name: "FK_Districts_Districts_MergedIntoId",
                table: "Districts",
                column: "MergedIntoId",
                principalTable: "Districts",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "FK_Provinces_Provinces_MergedIntoId",
                table: "Provinces",
                column: "MergedIntoId",
                principalTable: "Provinces",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "FK_Schools_Schools_MergedIntoId",
                table: "Schools",
                column: "MergedIntoId",
                principalTable: "Schools",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_Districts_Districts_MergedIntoId",
                table: "Districts");

            migrationBuilder.DropForeignKey(
                name: "FK_Provinces_Provinces_MergedIntoId",
                table: "Provinces");

            migrationBuilder.DropForeignKey(
                name: "FK_Schools_Schools_MergedIntoId",
                table: "Schools");

            migrationBuilder.DropTable(
                name: "AssessmentReportText");

            migrationBuilder.DropTable(
                name: "DataProtectionKeys");

            migrationBuilder.DropTable(
                name: "ImportUploads");

            migrationBuilder.DropTable(
                name: "SchoolHoliday");

            migrationBuilder.DropTable(
                name: "SchoolSupervisions");

            migrationBuilder.DropTable(
                name: "SiteCounters");

            migrationBuilder.DropTable(
                name: "StandardReportText");

            migrationBuilder.DropTable(
                name: "StoredFileChunks");

            migrationBuilder.DropTable(
                name: "StoredFiles");

            migrationBuilder.DropTable(
                name: "UnitEvents");

            migrationBuilder.DropIndex(
                name: "IX_Schools_MergedIntoId",
                table: "Schools");

            migrationBuilder.DropIndex(
                name: "IX_Provinces_MergedIntoId",
                table: "Provinces");

            migrationBuilder.DropIndex(
                name: "IX_PlanRows_RowKey",
                table: "PlanRows");

            migrationBuilder.DropIndex(
                name: "IX_EvidenceEntries_AssessmentId_CodeKey",
                table: "EvidenceEntries");

            migrationBuilder.DropIndex(
                name: "IX_EvidenceEntries_AssessmentId_CriterionCode_CodeKey",
                table: "EvidenceEntries");

            migrationBuilder.DropIndex(
                name: "IX_Districts_MergedIntoId",
                table: "Districts");

            migrationBuilder.DropIndex(
                name: "IX_AspNetUsers_DistrictId",
                table: "AspNetUsers");

            migrationBuilder.DropIndex(
                name: "IX_AspNetUsers_ProvinceId",
                table: "AspNetUsers");

            migrationBuilder.DropIndex(
                name: "IX_AspNetUsers_SchoolId",
                table: "AspNetUsers");

            migrationBuilder.DropColumn(
                name: "Email",
                table: "Staff");

            migrationBuilder.DropColumn(
                name: "Phone",
                table: "Staff");

            migrationBuilder.DropColumn(
                name: "Team",
                table: "Staff");

            migrationBuilder.DropColumn(
                name: "Address",
                table: "Schools");

            migrationBuilder.DropColumn(
                name: "ClosedOn",
                table: "Schools");

            migrationBuilder.DropColumn(
                name: "ContactEmail",
                table: "Schools");

            migrationBuilder.DropColumn(
                name: "ContactPhone",
                table: "Schools");

            migrationBuilder.DropColumn(
                name: "MergedIntoId",
                table: "Schools");

            migrationBuilder.DropColumn(
                name: "Ownership",
                table: "Schools");

            migrationBuilder.DropColumn(
                name: "PrincipalName",
                table: "Schools");

            migrationBuilder.DropColumn(
                name: "MergedIntoId",
                table: "Provinces");

            migrationBuilder.DropColumn(
                name: "ValidFrom",
                table: "Provinces");

            migrationBuilder.DropColumn(
                name: "ValidTo",
                table: "Provinces");

            migrationBuilder.DropColumn(
                name: "RowKey",
                table: "PlanRows");

            migrationBuilder.DropColumn(
                name: "Kind",
                table: "Districts");

            migrationBuilder.DropColumn(
                name: "LocalGovernment",
                table: "Districts");

            migrationBuilder.DropColumn(
                name: "MergedIntoId",
                table: "Districts");

            migrationBuilder.DropColumn(
                name: "ValidFrom",
                table: "Districts");

            migrationBuilder.DropColumn(
                name: "ValidTo",
                table: "Districts");

            migrationBuilder.DropColumn(
                name: "ExpiresAt",
                table: "DistrictApiTokens");

            migrationBuilder.DropColumn(
                name: "DeactivatedAt",
                table: "AspNetUsers");

            migrationBuilder.DropColumn(
                name: "MustChangePassword",
                table: "AspNetUsers");

            migrationBuilder.CreateIndex(
                name: "IX_EvidenceEntries_AssessmentId_CodeKey",
                table: "EvidenceEntries",
                columns: new[] { "AssessmentId", "CodeKey" },
                unique: true);
        }
    }
}
