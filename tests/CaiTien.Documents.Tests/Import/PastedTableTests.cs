using CaiTien.Documents.Import;
using CaiTien.Documents.Interchange;
using CaiTien.Documents.Phrases;

namespace CaiTien.Documents.Tests.Import;

/// <summary>Issue 17 item 6: rows copied from Word (clipboard HTML) or Excel (tab-separated text) go through the
/// same reader as an uploaded plan.</summary>
public class PastedTableTests
{
    private const string WordClipboard = """
        Version:0.9
        StartHTML:0000000105
        <html><body><!--StartFragment-->
        <table class=MsoTableGrid border=1>
         <tr><td><p class=MsoNormal><b>TT</b></p></td><td><p>Tiêu chí</p></td><td><p>Kết quả cần đạt</p></td>
             <td><p>Giải pháp</p></td><td><p>Người phụ trách</p></td><td><p>Thời gian</p></td><td><p>Kinh phí</p></td></tr>
         <tr><td rowspan=2><p>1</p></td><td rowspan=2><p>Tiêu chí 1.5</p></td><td><p>Sĩ số đúng quy định</p></td>
             <td><p>- Rà soát sĩ số;</p><p>- Tham mưu mở thêm lớp</p></td><td><p>Hiệu trưởng</p></td><td><p>HK II</p></td>
             <td><p>5.000.000&nbsp;đ (XHH)</p></td></tr>
         <tr><td><p>Lớp học đủ giáo viên</p></td><td><p>Phân công giáo viên</p></td><td><p>Phó hiệu trưởng</p></td>
             <td><p>Tháng 9 – tháng 12/2024</p></td><td><p>Nguồn: Sở GDĐT</p></td></tr>
        </table><!--EndFragment--></body></html>
        """;

    [Fact]
    public void Word_clipboard_html_with_merged_cells_reads_into_plan_rows()
    {
        var result = PlanTableReader.Read(WordClipboard, "2024-2025");
        Assert.True(result.Ok, string.Join("\n", result.Errors));
        Assert.Equal(["1.5", "1.5"], result.Items.Select(i => i.Criterion));
        var first = result.Items[0];
        Assert.Equal("- Rà soát sĩ số; - Tham mưu mở thêm lớp", first.Tasks);
        Assert.Equal(("2025-01", "2025-05", 5_000_000L, "XHH"), (first.Start, first.End, first.BudgetVnd!.Value, first.FundingSource));
        var second = result.Items[1];
        Assert.Equal(("Phó hiệu trưởng", "2024-09", "2024-12", "Sở GDĐT"), (second.Lead, second.Start, second.End, second.FundingSource));
        Assert.Equal([FundingSources.StateBudget], second.FundingCategories);
        Assert.Equal(["1", "1"], result.Items.Select(i => i.RowNumberAsWritten));
    }

    [Fact]
    public void Excel_tab_separated_rows_read_with_the_editors_columns_when_no_header_is_copied()
    {
        var tsv = "Tiêu chí 2.2\tĐạt mức 2\t\"- Bồi dưỡng giáo viên\n- Dự giờ\"\tPhó hiệu trưởng\tHọc kỳ 2\t5tr\r\n"
                + "3.4\tKhu vệ sinh sạch\tSửa khu vệ sinh\tHiệu trưởng\tCuối năm học\tNgân sách + XHH\r\n";
        var result = PlanTableReader.Read(tsv, "2024-2025", ["criterion", "targetResult", "tasks", "lead", "timeText", "budgetText"]);
        Assert.True(result.Ok, string.Join("\n", result.Errors));
        Assert.Equal(["2.2", "3.4"], result.Items.Select(i => i.Criterion));
        Assert.Equal("- Bồi dưỡng giáo viên - Dự giờ", result.Items[0].Tasks);
        Assert.Equal((5_000_000L, (string?)null), (result.Items[0].BudgetVnd!.Value, result.Items[0].FundingSource));
        Assert.Equal(("2025-05", "2025-05", "Ngân sách + XHH"), (result.Items[1].Start, result.Items[1].End, result.Items[1].FundingSource));
        Assert.Equal([FundingSources.StateBudget, FundingSources.Socialization], result.Items[1].FundingCategories);
    }

    [Fact]
    public void Rows_without_a_header_or_columns_get_a_message_saying_what_to_copy()
    {
        var result = PlanTableReader.Read("1.2\tĐạt mức 1\n", "2024-2025");
        Assert.False(result.Ok);
        Assert.Contains("tiêu đề cột", Assert.Single(result.Errors).Message);
    }
}
