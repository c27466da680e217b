using CaiTien.Documents.Import;

namespace CaiTien.Documents.Tests.Import;

/// <summary>The editor's paste: blocks without their header row, read by the one table reader.</summary>
public sealed class ClipboardPasteTests
{
    private static readonly IReadOnlyList<string> Headers2018 = CaiTien.Documents.Export.ColumnSet.Regime2018.Columns.Select(c => c.Header).ToList();

    /// <summary>Five body rows as Word puts them on the clipboard: row numbers first, paragraphs in cells,
    /// Word's conditional comments and a criterion cell merged over two rows.</summary>
    public static string WordRows(int count, string year = "2025") =>
        "<html><body><!--StartFragment--><table class=MsoTableGrid border=1>" +
        string.Concat(Enumerable.Range(0, count).Select(i =>
            $"<tr><td><p class=MsoNormal>{i + 1}<o:p></o:p></p></td>" +
            (i == 1 ? "" : $"<td{(i == 0 ? " rowspan=2" : "")}><p>1.{i + 1}</p></td>") +
            $"<td><p>Điểm yếu {i + 1}</p></td><td><p>Kết quả dòng {i + 1}&nbsp;đạt</p></td>" +
            $"<td><p>- Rà soát hồ sơ</p><![if !supportLists]><p>- Bổ sung biên bản {i + 1}</p><![endif]></td>" +
            $"<td><p>Hiệu trưởng</p></td><td><p>Tháng 10/{year}</p></td><td><p>Tháng 12/{year}</p></td>" +
            $"<td><p>{i + 1} triệu đồng</p></td><td></td><td><p>Biên bản</p></td><td></td></tr>")) +
        "</table><!--EndFragment--></body></html>";

    [Fact]
    public void Word_rows_without_a_header_are_read_in_the_letter_column_order()
    {
        var result = PlanTableReader.ReadClipboard(WordRows(5), null, null, Headers2018);
        Assert.True(result.Ok, string.Join("; ", result.Errors.Select(e => e.Message)));
        var items = result.Items;
        Assert.Equal(5, items.Count);
        Assert.Equal(["1.1", "1.1", "1.3", "1.4", "1.5"], items.Select(i => i.Criterion));
        Assert.Equal("Kết quả dòng 1 đạt", items[0].TargetResult);
        Assert.Contains("- Bổ sung biên bản 3", items[2].Tasks);
        Assert.Contains("- Rà soát hồ sơ", items[2].Tasks);
        Assert.Equal(3_000_000L, items[2].BudgetVnd);
        Assert.Equal("2025-10", items[4].Start);
    }

    [Fact]
    public void Excel_rows_with_their_own_header_and_a_quoted_multi_line_cell()
    {
        const string tsv = "Tiêu chí\tKết quả cần đạt\tCông việc/giải pháp\tChủ trì\tThời gian\tKinh phí\r\n" +
            "2.1\tĐạt mức 2\t\"- Rà soát\n- Bổ sung \"\"đủ\"\" hồ sơ\"\tTổ trưởng\tTừ tháng 10/2025 đến tháng 5/2026\t1,5 triệu đồng\r\n" +
            "3.2\tĐạt mức 3\tMua sắm\tKế toán\tTháng 11/2025\tKhông\r\n";
        var result = PlanTableReader.ReadClipboard(null, tsv, null, Headers2018);
        Assert.True(result.Ok, string.Join("; ", result.Errors.Select(e => e.Message)));
        var items = result.Items;
        Assert.Equal(2, items.Count);
        Assert.Equal(("2.1", "Đạt mức 2", "Tổ trưởng"), (items[0].Criterion, items[0].TargetResult, items[0].Lead));
        Assert.Contains("- Bổ sung \"đủ\" hồ sơ", items[0].Tasks);
        Assert.Equal(("2025-10", "2026-05"), (items[0].Start, items[0].End));
        Assert.Equal("3.2", items[1].Criterion);
    }

    [Fact]
    public void Text_that_is_not_a_table_says_so()
    {
        var result = PlanTableReader.ReadClipboard(null, "\t\n\t", null, Headers2018);
        Assert.Empty(result.Items);
        Assert.Contains("không có dòng nào", result.Errors.Single().Message);
    }
}
