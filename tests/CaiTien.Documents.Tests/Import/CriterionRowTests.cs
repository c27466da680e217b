using CaiTien.Documents.Import;

namespace CaiTien.Documents.Tests.Import;

/// <summary>Rows whose criterion is missing or given only by its title.</summary>
public class CriterionRowTests
{
    private static ImportResult Import(byte[] bytes) => PlanImporter.Import(new MemoryStream(bytes), "ke-hoach.docx");

    [Fact]
    public void Row_without_a_criterion_is_an_error_with_its_row_and_cells_left_unplaced()
    {
        var docx = new TestDocx().Paragraphs("KẾ HOẠCH", "năm học 2024 - 2025")
            .Table([["Tiêu chí", "Công việc", "Thời gian", "Kinh phí"], ["", "Làm A", "Tháng 9/2024", "Không"], ["1.1", "Làm B", "Tháng 10/2024", "Không"], ["", "", "", ""]])
            .ToBytes();
        var result = Import(docx);
        Assert.NotNull(result.Plan);
        Assert.Equal("Làm B", Assert.Single(result.Plan!.Items).Tasks);
        var error = Assert.Single(result.Errors);
        Assert.Equal(2, error.Location.Row);
        Assert.Contains(result.UnplacedCells, c => c.Text == "Làm A" && c.Row == 2);

        var key = result.UnplacedCells.First(c => c.Text == "Làm A").SourceRowIndex;
        var fixedUp = PlanImporter.Import(new MemoryStream(docx), "ke-hoach.docx", new ImportOverrides { RowCriteria = new Dictionary<int, string> { [key] = "1.4" } });
        Assert.True(fixedUp.Ok, string.Join("\n", fixedUp.Errors));
        Assert.Equal(["1.4", "1.1"], fixedUp.Plan!.Items.Select(i => i.Criterion));
    }

    [Fact]
    public void Row_with_a_blank_criterion_under_another_row_shares_its_criterion_with_a_warning()
    {
        var docx = new TestDocx().Paragraphs("KẾ HOẠCH", "năm học 2024 - 2025")
            .Table([["Tiêu chí", "Công việc", "Thời gian", "Kinh phí"], ["1.1", "Làm A", "Tháng 9/2024", "Không"], ["", "Làm B", "Tháng 10/2024", "Không"]])
            .ToBytes();
        var result = Import(docx);
        Assert.Equal(["1.1", "1.1"], result.Plan!.Items.Select(i => i.Criterion));
        Assert.Contains(result.Warnings, w => w.Location.Row == 3 && w.Message.Contains("1.1"));
    }

    [Fact]
    public void Criterion_given_only_by_its_title_is_found_through_the_catalog_lookup()
    {
        var docx = new TestDocx().Paragraphs("TRƯỜNG TIỂU HỌC AN BÌNH", "KẾ HOẠCH", "năm học 2024 - 2025")
            .Table([["Tiêu chí", "Công việc", "Thời gian", "Kinh phí"], ["Phương hướng, chiến lược xây dựng và phát triển nhà trường", "Làm A", "Tháng 9/2024", "Không"]])
            .ToBytes();
        string? seenFramework = null;
        var result = PlanImporter.Import(new MemoryStream(docx), "ke-hoach.docx", ImportOverrides.None, (framework, title) =>
        {
            seenFramework = framework;
            return title.StartsWith("Phương hướng", StringComparison.Ordinal) ? "1.1" : null;
        });
        var item = Assert.Single(result.Plan!.Items);
        Assert.Equal(("1.1", "Phương hướng, chiến lược xây dựng và phát triển nhà trường"), (item.Criterion, item.CriterionTitleAsWritten));
        Assert.Equal("17/2018/TT-BGDĐT", seenFramework);
        Assert.Contains(result.Warnings, w => w.Message.Contains("1.1") && w.Location.Row == 2);
        Assert.Contains(Import(docx).Errors, e => e.Message.Contains("Không xác định được tiêu chí") && e.Location.Row == 2);
    }

    [Fact]
    public void Sub_row_made_of_header_like_words_is_still_a_row()
    {
        var docx = new TestDocx().Paragraphs("KẾ HOẠCH", "năm học 2024 - 2025")
            .Table([["Tiêu chí", "Nội dung", "Người phụ trách", "Kinh phí"],
                ["1.3", "Tập huấn Ban chỉ huy Liên đội", "Hiệu trưởng", "Không"],
                ["^", "Hoạt động trải nghiệm", "Tổng phụ trách Đội", "Kinh phí thường xuyên"],
                ["Tiêu chí", "Nội dung", "Người phụ trách", "Kinh phí"],
                ["1.4", "Bồi dưỡng tổ trưởng", "Hiệu trưởng", "Không"]])
            .ToBytes();
        var items = Import(docx).Plan!.Items;
        Assert.Equal(["1.3", "1.3", "1.4"], items.Select(i => i.Criterion));
        Assert.Equal(("Hoạt động trải nghiệm", "Tổng phụ trách Đội"), (items[1].Tasks, items[1].Lead));
    }

    [Fact]
    public void Two_row_header_repeated_inside_the_table_is_skipped()
    {
        string[] top = ["Tiêu chí", "Công việc", "~2~Thời gian"];
        string[] sub = ["^", "^", "Bắt đầu", "Kết thúc"];
        var docx = new TestDocx().Paragraphs("KẾ HOẠCH", "năm học 2024 - 2025")
            .Table([top, sub, ["1.1", "Làm A", "Tháng 9/2024", "Tháng 10/2024"], top, sub, ["1.2", "Làm B", "Tháng 11/2024", "Tháng 12/2024"]])
            .ToBytes();
        var result = Import(docx);
        Assert.Equal(["1.1", "1.2"], result.Plan!.Items.Select(i => i.Criterion));
        Assert.Empty(result.Errors);
        Assert.Equal(("2024-11", "2024-12"), (result.Plan.Items[1].Start, result.Plan.Items[1].End));
    }
}
