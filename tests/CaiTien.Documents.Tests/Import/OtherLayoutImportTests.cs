using CaiTien.Documents.Import;
using CaiTien.Documents.Interchange;

namespace CaiTien.Documents.Tests.Import;

/// <summary>A plan laid out unlike the fixtures: a preschool, columns reordered and renamed with synonyms, no
/// grouping rows, the table continued after a page break with its header repeated and a row split in two.</summary>
public class OtherLayoutImportTests
{
    private static readonly string[] Header =
        ["Mã tiêu chí", "Thời hạn hoàn thành", "Người phụ trách", "Tồn tại", "Mục tiêu", "Giải pháp", "Minh chứng", "Kinh phí (đồng)", "Nguồn kinh phí", "Phối hợp"];

    private static byte[] BuildPlan() => new TestDocx()
        .Table([["UBND HUYỆN CỦ CHI\nTRƯỜNG MẦM NON HOA SEN\nSố: 12/KH-MNHS", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nTân Thông Hội, ngày 05 tháng 10 năm 2025"]])
        .Paragraphs("KẾ HOẠCH", "Cải tiến chất lượng giáo dục năm học 2025 - 2026", "",
            "I. MỤC ĐÍCH, YÊU CẦU",
            "- Khắc phục các điểm yếu đã nêu trong báo cáo tự đánh giá năm học 2024 - 2025.",
            "- Nâng cao chất lượng chăm sóc, giáo dục trẻ;",
            "đảm bảo an toàn cho trẻ.",
            "II. CĂN CỨ XÂY DỰNG KẾ HOẠCH",
            "- Căn cứ Thông tư số 19/2018/TT-BGDĐT ngày 22/8/2018 của Bộ Giáo dục và Đào tạo;",
            "- Căn cứ Kế hoạch số 88/KH-SGDĐT ngày 01/9/2025 của Sở Giáo dục và Đào tạo Thành phố Hồ Chí Minh;",
            "III. NỘI DUNG KẾ HOẠCH")
        .Table([
            Header,
            ["Tiêu chí 3.2", "Tháng 12/2025", "Hiệu trưởng", "Phòng học thiếu ánh sáng", "Đủ ánh sáng cho 6 phòng", "Thay bóng đèn", "Biên bản nghiệm thu", "12.000.000 đồng", "Ngân sách nhà nước", "Kế toán"],
            ["2.1", "Thường xuyên", "Phó hiệu trưởng", "Giáo viên chưa thành thạo", "100% giáo viên được bồi dưỡng", "- Tổ chức chuyên đề\n- Dự giờ", "Kế hoạch bồi dưỡng", "Không", "Không", ""],
        ], repeatedHeaderRows: 1)
        .PageBreak()
        .Table([
            Header,
            ["", "", "", "", "", "mỗi tháng một lần", "", "", "", ""],
            ["5.1", "HK II", "Tổ trưởng chuyên môn", "", "Kế hoạch giáo dục phù hợp", "Rà soát kế hoạch", "", "2,5 triệu", "Xã hội hóa", "Ban đại diện cha mẹ trẻ"],
        ], repeatedHeaderRows: 1)
        .Paragraphs("IV. TỔ CHỨC THỰC HIỆN", "1. Hiệu trưởng", "- Chỉ đạo chung.", "2. Giáo viên", "- Thực hiện các giải pháp.")
        .Table([["Nơi nhận:\n- Phòng GDĐT;\n- Lưu: VT.", "HIỆU TRƯỞNG\n\nNguyễn Thị Mai"]])
        .ToBytes();

    private static ImportResult Import() => PlanImporter.Import(new MemoryStream(BuildPlan()), "hoa-sen.docx");

    [Fact]
    public void Header_school_level_and_framework_come_from_the_plans_own_words()
    {
        var result = Import();
        Assert.True(result.Ok, string.Join("\n", result.Errors));
        var plan = result.Plan!;
        Assert.Equal("Trường Mầm non Hoa Sen", plan.School.Name);
        Assert.Equal(SchoolLevels.Preschool, plan.School.Level);
        Assert.Equal("19/2018/TT-BGDĐT", plan.Framework);
        Assert.Equal("UBND huyện Củ Chi", plan.School.GoverningBody);
        Assert.Equal("Tân Thông Hội", plan.School.Place);
        Assert.Equal("Thành phố Hồ Chí Minh", plan.School.Province);
        Assert.Equal("12/KH-MNHS", plan.DocumentNumber);
        Assert.Equal(new DateOnly(2025, 10, 5), plan.IssuedOn);
        Assert.Equal("2025-2026", plan.SchoolYear);
        Assert.Equal(["Khắc phục các điểm yếu đã nêu trong báo cáo tự đánh giá năm học 2024 - 2025.", "Nâng cao chất lượng chăm sóc, giáo dục trẻ; đảm bảo an toàn cho trẻ."], plan.Purposes);
        Assert.Equal(["19/2018/TT-BGDĐT", "88/KH-SGDĐT"], plan.LegalBases.Select(b => b.Reference));
        Assert.Equal("2024-2025", plan.SelfAssessment?.Year);
        Assert.Equal(["Hiệu trưởng", "Giáo viên"], plan.Organization.Select(o => o.Role));
        Assert.Equal(["Phòng GDĐT", "Lưu: VT"], plan.Recipients);
        Assert.Equal(new Signer { Title = "HIỆU TRƯỞNG", Name = "Nguyễn Thị Mai" }, plan.Signer);
    }

    [Fact]
    public void Renamed_and_reordered_columns_map_to_the_right_fields()
    {
        var result = Import();
        Assert.Equal(["criterion", "timeText", "lead", "weakness", "targetResult", "tasks", "evidence", "budgetText", "fundingSource", "coordinators"],
            result.Columns.Select(c => c.Field));
        var items = result.Plan!.Items;
        Assert.Equal(["3.2", "2.1", "5.1"], items.Select(i => i.Criterion));
        var first = items[0];
        Assert.Equal(("Phòng học thiếu ánh sáng", "Đủ ánh sáng cho 6 phòng", "Thay bóng đèn"), (first.Weakness, first.TargetResult, first.Tasks));
        Assert.Equal(("Hiệu trưởng", "Kế toán", "Biên bản nghiệm thu"), (first.Lead, first.Coordinators, first.Evidence));
        Assert.Equal(("2025-12", "2025-12", Recurrences.Once), (first.Start, first.End, first.Recurrence));
        Assert.Equal((12_000_000L, "Ngân sách nhà nước"), (first.BudgetVnd!.Value, first.FundingSource));
        Assert.All(items, i => Assert.Null(i.TargetLevel));
    }

    [Fact]
    public void Table_continued_after_a_page_break_skips_the_repeated_header_and_rejoins_the_split_row()
    {
        var result = Import();
        var items = result.Plan!.Items;
        Assert.Equal(3, items.Count);
        Assert.Equal("- Tổ chức chuyên đề - Dự giờ mỗi tháng một lần", items[1].Tasks);
        Assert.Equal(Recurrences.Continuous, items[1].Recurrence);
        Assert.Equal((string?)null, items[1].Coordinators);
        var last = items[2];
        Assert.Equal(("2026-01", "2026-05"), (last.Start, last.End));
        Assert.Equal(2_500_000L, last.BudgetVnd);
        Assert.Equal(2, result.ItemSources[1].Rows.Count);
    }
}
