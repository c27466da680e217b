using CaiTien.Documents.Import;
using CaiTien.Documents.Interchange;

namespace CaiTien.Documents.Tests.Import;

/// <summary>An Excel plan unlike the fixture: a THCS school, dates stored as date cells in "Từ ngày"/"Đến ngày"
/// columns, a standard column merged down over its criteria, and a budget column in millions.</summary>
public class XlsxLayoutImportTests
{
    private static ImportResult Import() => PlanImporter.Import(new MemoryStream(new TestXlsx()
        .Row("PHÒNG GD&ĐT QUẬN 3").Merge("A1:I1")
        .Row("TRƯỜNG THCS LÊ QUÝ ĐÔN").Merge("A2:I2")
        .Row("KẾ HOẠCH CẢI TIẾN CHẤT LƯỢNG NĂM HỌC 2024-2025").Merge("A3:I3")
        .Row("STT", "Tiêu chuẩn", "Tiêu chí", "Điểm yếu", "Biện pháp", "Người thực hiện", "Từ ngày", "Đến ngày", "Kinh phí")
        .Row("1", "Tiêu chuẩn 1", "1.1", "Chưa cập nhật phương hướng", "Rà soát, bổ sung", "Hiệu trưởng", new DateTime(2024, 10, 1), new DateTime(2025, 4, 30), "2,5 triệu")
        .Row("2", "", "1.3", "Chi đội hoạt động chưa đều", "Tập huấn ban chỉ huy", "Tổng phụ trách", new DateTime(2024, 9, 15), new DateTime(2024, 12, 31), "")
        .Merge("B5:B6")
        .ToBytes()), "le-quy-don.xlsx");

    [Fact]
    public void Title_rows_give_the_school_and_year()
    {
        var result = Import();
        Assert.True(result.Ok, string.Join("\n", result.Errors));
        var plan = result.Plan!;
        Assert.Equal(("Trường THCS Lê Quý Đôn", SchoolLevels.LowerSecondary, "18/2018/TT-BGDĐT"), (plan.School.Name, plan.School.Level, plan.Framework));
        Assert.Equal(("Phòng GD&ĐT quận 3", "2024-2025"), (plan.School.GoverningBody, plan.SchoolYear));
    }

    [Fact]
    public void Date_cells_merged_standard_column_and_money_are_read()
    {
        var items = Import().Plan!.Items;
        Assert.Equal(["1.1", "1.3"], items.Select(i => i.Criterion));
        Assert.Equal("01/10/2024 – 30/04/2025", items[0].TimeText);
        Assert.Equal(("2024-10", "2025-04", Recurrences.Once), (items[0].Start, items[0].End, items[0].Recurrence));
        Assert.Equal(("2024-09", "2024-12"), (items[1].Start, items[1].End));
        Assert.Equal(("Chưa cập nhật phương hướng", "Rà soát, bổ sung", "Hiệu trưởng"), (items[0].Weakness, items[0].Measures, items[0].Lead));
        Assert.Equal(2_500_000L, items[0].BudgetVnd);
        Assert.Null(items[1].BudgetText);
    }
}
