using CaiTien.Documents.Import;
using CaiTien.Documents.Interchange;

namespace CaiTien.Documents.Tests.Import;

/// <summary>Another layout: header block as plain paragraphs, a THPT school, one table per standard with the
/// standard written as a paragraph between them, two-row headers, criteria numbered within their standard
/// ("Tiêu chí 3" under standard 1), a separate title column, a target-level column, and the closing block as
/// paragraphs.</summary>
public class TablePerStandardImportTests
{
    private static readonly string[] HeaderTop = ["TT", "Tiêu chí", "Tên tiêu chí", "Hạn chế", "Nội dung công việc", "Mức cần đạt", "~2~Thời gian", "Người chịu trách nhiệm"];
    private static readonly string[] HeaderSub = ["^", "^", "^", "^", "^", "^", "Bắt đầu", "Hoàn thành", "^"];

    private static ImportResult Import() => PlanImporter.Import(new MemoryStream(Build()), "nguyen-du.docx");

    private static byte[] Build() => new TestDocx()
        .Paragraphs("SỞ GD&ĐT TỈNH NGHỆ AN", "TRƯỜNG THPT NGUYỄN DU", "Số: 45/KH-THPTND", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
            "Độc lập - Tự do - Hạnh phúc", "Nghi Lộc, ngày 15 tháng 9 năm 2024", "",
            "KẾ HOẠCH CẢI TIẾN CHẤT LƯỢNG NĂM HỌC 2024-2025", "",
            "I. MỤC ĐÍCH", "1. Nâng cao chất lượng quản trị.",
            "II. CĂN CỨ", "1. Thông tư 18/2018/TT-BGDĐT ngày 22/8/2018 của Bộ GDĐT.",
            "III. NỘI DUNG", "MỨC 2", "Tiêu chuẩn 1: Tổ chức và quản lý nhà trường")
        .Table([HeaderTop, HeaderSub,
            ["1", "Tiêu chí 3", "Quản lý hành chính", "Hồ sơ chưa số hóa", "Số hóa hồ sơ", "Mức 3", "Tháng 10/2024", "Tháng 12/2024", "Văn thư"],
            ["2", "Tiêu chí 5", "Quản lý tài chính", "Chưa công khai kịp thời", "Công khai hằng quý", "", "Tháng 9/2024", "Tháng 5/2025", "Kế toán"]])
        .Paragraph("Tiêu chuẩn 2: Cán bộ quản lý, giáo viên, nhân viên và học sinh")
        .Table([HeaderTop, HeaderSub,
            ["1", "Tiêu chí 1", "Đối với hiệu trưởng, phó hiệu trưởng", "Chưa có thạc sĩ", "Cử đi học", "Mức 3", "Tháng 9/2024", "Tháng 6/2025", "Hiệu trưởng"]])
        .Paragraphs("IV. TỔ CHỨC THỰC HIỆN", "- Ban giám hiệu", "+ Chỉ đạo thực hiện kế hoạch.", "- Tổ chuyên môn", "+ Triển khai trong tổ.",
            "Nơi nhận:", "- Sở GD&ĐT;", "- Lưu VT.", "HIỆU TRƯỞNG", "(Đã ký)", "Trần Văn An")
        .ToBytes();

    [Fact]
    public void Header_written_as_paragraphs_is_read()
    {
        var plan = Import().Plan!;
        Assert.Equal(("Trường THPT Nguyễn Du", SchoolLevels.UpperSecondary, "Sở GD&ĐT tỉnh Nghệ An"), (plan.School.Name, plan.School.Level, plan.School.GoverningBody));
        Assert.Equal(("Nghi Lộc", "Nghệ An", "18/2018/TT-BGDĐT"), (plan.School.Place, plan.School.Province, plan.Framework));
        Assert.Equal(("45/KH-THPTND", "2024-2025"), (plan.DocumentNumber, plan.SchoolYear));
        Assert.Equal("18/2018/TT-BGDĐT", Assert.Single(plan.LegalBases).Reference);
    }

    [Fact]
    public void Criteria_numbered_within_their_standard_across_tables()
    {
        var result = Import();
        Assert.True(result.Ok, string.Join("\n", result.Errors));
        var items = result.Plan!.Items;
        Assert.Equal(["1.3", "1.5", "2.1"], items.Select(i => i.Criterion));
        Assert.Equal(["Quản lý hành chính", "Quản lý tài chính", "Đối với hiệu trưởng, phó hiệu trưởng"], items.Select(i => i.CriterionTitleAsWritten));
        Assert.Equal([3, 2, 3], items.Select(i => i.TargetLevel));
        Assert.Equal("Tháng 10/2024 – Tháng 12/2024", items[0].TimeText);
        Assert.Equal(("2024-10", "2024-12"), (items[0].Start, items[0].End));
        Assert.Equal(("Hồ sơ chưa số hóa", "Số hóa hồ sơ", "Văn thư"), (items[0].Weakness, items[0].Tasks, items[0].Lead));
        Assert.Equal("Tiêu chuẩn 2: Cán bộ quản lý, giáo viên, nhân viên và học sinh", items[2].StandardHeadingAsWritten);
    }

    [Fact]
    public void Roles_and_duties_marked_with_dash_and_plus_and_a_closing_block_in_paragraphs()
    {
        var plan = Import().Plan!;
        Assert.Equal(["Ban giám hiệu", "Tổ chuyên môn"], plan.Organization.Select(o => o.Role));
        Assert.Equal(["Triển khai trong tổ."], plan.Organization[1].Duties);
        Assert.Equal(["Sở GD&ĐT", "Lưu VT"], plan.Recipients);
        Assert.Equal(new Signer { Title = "HIỆU TRƯỞNG", Name = "Trần Văn An" }, plan.Signer);
    }
}
