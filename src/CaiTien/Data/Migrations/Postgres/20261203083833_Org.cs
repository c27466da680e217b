using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace CaiTien.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class Org : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "Address",
                table: "Schools",
                type: "character varying(300)",
                maxLength: 300,
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "ClosedOn",
                table: "Schools",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ContactEmail",
                table: "Schools",
                type: "character varying(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ContactPhone",
                table: "Schools",
                type: "character varying(50)",
                maxLength: 50,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "MergedIntoId",
                table: "Schools",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Ownership",
                table: "Schools",
                type: "character varying(50)",
                maxLength: 50,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "PrincipalName",
                table: "Schools",
                type: "character varying(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "MergedIntoId",
                table: "Provinces",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "ValidFrom",
                table: "Provinces",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "ValidTo",
                table: "Provinces",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Kind",
                table: "Districts",
                type: "character varying(30)",
                maxLength: 30,
                nullable: false,
                defaultValue: "LegacyDistrictOffice");

            migrationBuilder.AddColumn<string>(
                name: "LocalGovernment",
                table: "Districts",
                type: "character varying(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "MergedIntoId",
                table: "Districts",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "ValidFrom",
                table: "Districts",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "ValidTo",
                table: "Districts",
                type: "date",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "SchoolSupervisions",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    SchoolId = table.Column<int>(type: "integer", nullable: false),
                    FromYear = table.Column<string>(type: "character varying(9)", maxLength: 9, nullable: true),
                    ToYear = table.Column<string>(type: "character varying(9)", maxLength: 9, nullable: true),
                    DistrictId = table.Column<int>(type: "integer", nullable: false)
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
                name: "UnitEvents",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    ProvinceId = table.Column<int>(type: "integer", nullable: true),
                    DistrictId = table.Column<int>(type: "integer", nullable: true),
                    SchoolId = table.Column<int>(type: "integer", nullable: true),
                    Kind = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    On = table.Column<DateOnly>(type: "date", nullable: false),
                    OldName = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    NewName = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    IntoId = table.Column<int>(type: "integer", nullable: true),
                    Note = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_UnitEvents", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Schools_MergedIntoId",
                table: "Schools",
                column: "MergedIntoId");

            migrationBuilder.CreateIndex(
                name: "IX_Provinces_MergedIntoId",
                table: "Provinces",
                column: "MergedIntoId");

            migrationBuilder.CreateIndex(
                name: "IX_Districts_MergedIntoId",
                table: "Districts",
                column: "MergedIntoId");

            migrationBuilder.CreateIndex(
                name: "IX_SchoolSupervisions_DistrictId",
                table: "SchoolSupervisions",
                column: "DistrictId");

            migrationBuilder.CreateIndex(
                name: "IX_SchoolSupervisions_SchoolId_FromYear",
                table: "SchoolSupervisions",
                columns: new[] { "SchoolId", "FromYear" });

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
                name: "SchoolSupervisions");

            migrationBuilder.DropTable(
                name: "UnitEvents");

            migrationBuilder.DropIndex(
                name: "IX_Schools_MergedIntoId",
                table: "Schools");

            migrationBuilder.DropIndex(
                name: "IX_Provinces_MergedIntoId",
                table: "Provinces");

            migrationBuilder.DropIndex(
                name: "IX_Districts_MergedIntoId",
                table: "Districts");

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
        }
    }
}
