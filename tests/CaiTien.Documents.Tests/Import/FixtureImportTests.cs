using System.Text.Json.Nodes;
using CaiTien.Documents.Import;
using CaiTien.Documents.Interchange;
using CaiTien.Testing;

namespace CaiTien.Documents.Tests.Import;

public class FixtureImportTests
{
    [Theory]
    [InlineData("000")]
    [InlineData("002")]
    [InlineData("004")]
    public void Docx_fixture_imports_to_its_transcription_field_by_field(string id)
    {
        var result = ImportFile(SharedPaths.Docx(id));
        Assert.True(result.Ok, string.Join("\n", result.Errors));
        var expected = JsonNode.Parse(File.ReadAllText(SharedPaths.PlanJson(id)));
        var actual = JsonNode.Parse(PlanJson.Serialize(result.Plan!));
        var wrong = JsonLeafDiff.WrongPaths(expected, actual);
        Assert.True(wrong.Count == 0, JsonLeafDiff.Describe(wrong, JsonLeafDiff.LeafCount(expected)));
    }

    [Fact]
    public void Xlsx_fixture_imports_to_the_items_of_its_transcription()
    {
        var result = ImportFile(SharedPaths.Xlsx("002"));
        Assert.True(result.Ok, string.Join("\n", result.Errors));
        var expected = new JsonObject { ["items"] = JsonNode.Parse(File.ReadAllText(SharedPaths.PlanJson("002")))!["items"]!.DeepClone() };
        var actual = JsonNode.Parse(PlanJson.Serialize(result.Plan!));
        var wrong = JsonLeafDiff.WrongPaths(expected, actual);
        Assert.True(wrong.Count == 0, JsonLeafDiff.Describe(wrong, JsonLeafDiff.LeafCount(expected)));
        Assert.Equal("Trường Tiểu học Nguyễn Bá Ngọc", result.Plan!.School.Name);
        Assert.Equal("2024-2025", result.Plan.SchoolYear);
    }

    [Fact]
    public void Imported_fixtures_pass_the_interchange_validation()
    {
        foreach (var id in SharedPaths.FixtureIds)
        {
            var plan = ImportFile(SharedPaths.Docx(id)).Plan!;
            var read = PlanJson.Read(PlanJson.Serialize(plan));
            Assert.True(read.Ok, id + ": " + string.Join("\n", read.Errors.Select(e => $"{e.Path}: {e.Message}")));
        }
    }

    [Fact]
    public void Preview_shows_column_mappings_and_each_items_source_row()
    {
        var result = ImportFile(SharedPaths.Docx("002"));
        Assert.Equal(10, result.Columns.Count);
        Assert.Equal("timeStart", result.Columns[5].Field);
        Assert.Equal("timeEnd", result.Columns[6].Field);
        Assert.Contains("Bắt đầu", result.Columns[5].HeaderText);
        Assert.Equal(result.Plan!.Items.Count, result.ItemSources.Count);
        // Rows 1–2 are the two-row header, 3 is "MỨC 1", 4 "Tiêu chuẩn 1", so the first item is row 5.
        Assert.Equal(5, result.ItemSources[0].SourceRowIndex);
        Assert.Empty(result.UnplacedCells);
    }

    [Fact]
    public void Time_that_ends_before_it_starts_is_kept_as_written_with_a_warning()
    {
        var result = ImportFile(SharedPaths.Docx("000"));
        var item = result.Plan!.Items.Single(i => i.Criterion == "5.2");
        Assert.Equal(("2024-10", "2024-05"), (item.Start, item.End));
        Assert.Contains(result.Warnings, w => w.Message.Contains("5.2") && w.Location is { Table: 2, Row: 19, Column: 5 });
    }

    [Fact]
    public void Overrides_change_a_column_mapping_and_a_rows_criterion()
    {
        var plain = ImportFile(SharedPaths.Docx("000"));
        var notesColumn = plain.Columns.Single(c => c.Field == "notes").ColumnIndex;
        var firstRow = plain.ItemSources[0].SourceRowIndex;
        var overrides = new ImportOverrides
        {
            ColumnFields = new Dictionary<int, string?> { [notesColumn] = "evidence" },
            RowCriteria = new Dictionary<int, string> { [firstRow] = "1.9" },
        };
        using var stream = File.OpenRead(SharedPaths.Docx("000"));
        var result = PlanImporter.Import(stream, "000.docx", overrides);
        var first = result.Plan!.Items[0];
        Assert.Equal("1.9", first.Criterion);
        Assert.Null(first.Notes);
        Assert.Equal("Thực hiện thường xuyên", first.Evidence);
        Assert.Equal("evidence", result.Columns[notesColumn].Field);
    }

    [Fact]
    public void Stated_percentages_are_kept_beside_the_counts_for_the_checker()
    {
        var summary = ImportFile(SharedPaths.Docx("002")).Plan!.SelfAssessment!;
        var level2 = summary.CriteriaAtLevel!["2"];
        Assert.Equal(("74,07%", "29,6%"), (level2.MetPercentText, level2.NotMetPercentText));
        Assert.Equal(3, summary.TextAsWritten!.Count);
        Assert.StartsWith("Số lượng đạt : 20/27", summary.TextAsWritten[1]);
    }

    [Fact]
    public void Section_headings_and_a_non_template_column_set_are_kept_for_the_checker()
    {
        var plan002 = ImportFile(SharedPaths.Docx("002")).Plan!;
        Assert.Equal(["I. MỤC ĐÍCH, YÊU CẦU", "II. CĂN CỨ XÂY DỰNG KẾ HOẠCH", "III. NỘI DUNG KẾ HOẠCH CẢI TIẾN CHẤT LƯỢNG GIÁO DỤC", "VI. TỔ CHỨC THỰC HIỆN"], plan002.SectionHeadings);
        Assert.Null(plan002.ColumnHeadings);
        var plan004 = ImportFile(SharedPaths.Docx("004")).Plan!;
        Assert.Equal("Điểm yếu", plan004.ColumnHeadings![2]);
    }

    [Fact]
    public void Override_to_an_unknown_field_is_refused()
    {
        using var stream = File.OpenRead(SharedPaths.Docx("000"));
        var result = PlanImporter.Import(stream, "000.docx", new ImportOverrides { ColumnFields = new Dictionary<int, string?> { [1] = "budget" } });
        Assert.Null(result.Plan);
        Assert.Contains("\"budget\"", Assert.Single(result.Errors).Message);
    }

    internal static ImportResult ImportFile(string path)
    {
        using var stream = File.OpenRead(path);
        return PlanImporter.Import(stream, Path.GetFileName(path));
    }
}
