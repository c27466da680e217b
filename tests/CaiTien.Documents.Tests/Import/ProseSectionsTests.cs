using CaiTien.Documents.Interchange;
using CaiTien.Testing;

namespace CaiTien.Documents.Tests.Import;

/// <summary>Issue 17 item 3: every prose part is kept under its heading, numbers are kept as written (TT cells and
/// the criteria a targets part lists), so rules that read them work on Word files too.</summary>
public class ProseSectionsTests
{
    private static PlanDocument Import(string id) => FixtureImportTests.ImportFile(SharedPaths.Docx(id)).Plan!;

    [Fact]
    public void Each_prose_part_is_kept_under_its_heading_with_its_kind()
    {
        var plan = Import("004");
        Assert.Equal(["purposes", "results", "targets", "content", "organization"], plan.Sections!.Select(s => s.Kind));
        var results = plan.Sections![1];
        Assert.StartsWith("II. NHỮNG KẾT QUẢ ĐẠT ĐƯỢC", results.Heading);
        Assert.True(results.Paragraphs.Count >= 10, string.Join("\n", results.Paragraphs));
        Assert.Contains(plan.Sections[2].Paragraphs, p => p.StartsWith("Tiêu chí 1.9", StringComparison.Ordinal));
    }

    [Fact]
    public void Criteria_named_in_the_targets_part_are_read()
    {
        Assert.Equal(["1.2", "1.5", "1.7", "1.8", "1.9"], Import("004").TargetCriteria);
        Assert.Null(Import("000").TargetCriteria);
    }

    [Fact]
    public void Row_numbers_are_kept_as_written_in_the_TT_cell_or_the_standard_group_above()
    {
        Assert.Equal(["1", "2", "3", "4", "5", "1", "2", "3", "4"], Import("002").Items.Select(i => i.RowNumberAsWritten));
        var numberedGroups = new TestDocx().Paragraphs("KẾ HOẠCH", "Cải tiến chất lượng giáo dục năm học 2024 - 2025")
            .Table([
                ["TT", "Tiêu chuẩn, tiêu chí", "Kết quả cần đạt", "Công việc/giải pháp", "Chủ trì", "Thời gian"],
                ["~6~MỨC 2", "", "", "", "", ""],
                ["1", "Tiêu chuẩn 1: Tổ chức và quản lý nhà trường", "", "", "", ""],
                ["", "Tiêu chí 1.4", "Đạt mức 2", "Bồi dưỡng tổ trưởng", "Hiệu trưởng", "Tháng 10/2024"],
                ["", "Tiêu chí 1.8", "Đạt mức 2", "Kiểm tra nội bộ", "Phó hiệu trưởng", "Tháng 11/2024"],
                ["4", "Tiêu chuẩn 3: Cơ sở vật chất", "", "", "", ""],
                ["", "Tiêu chí 3.4", "Đạt mức 2", "Sửa khu vệ sinh", "Hiệu trưởng", "HK II"],
            ]).ToBytes();
        var plan = CaiTien.Documents.Import.PlanImporter.Import(new MemoryStream(numberedGroups), "nhom.docx").Plan!;
        Assert.Equal(["1", "1", "4"], plan.Items.Select(i => i.RowNumberAsWritten));
    }
}

public class LegalBasisJoinTests
{
    [Fact]
    public void A_basis_split_over_two_paragraphs_is_joined_and_the_lead_in_clause_is_left_out()
    {
        var bytes = new TestDocx().Paragraphs("KẾ HOẠCH", "Cải tiến chất lượng giáo dục năm học 2024 - 2025",
                "I. CĂN CỨ XÂY DỰNG KẾ HOẠCH",
                "- Căn cứ Thông tư số 18/2018/TT-BGDĐT ngày 22/8/2018 của Bộ trưởng Bộ",
                "Giáo dục và Đào tạo ban hành Quy định về kiểm định chất lượng giáo dục;",
                "- Căn cứ Kế hoạch số 12/KH-PGDĐT ngày 05/9/2024 của Phòng GDĐT, trường THCS An Bình xây dựng kế hoạch cải tiến chất lượng năm học 2024 - 2025, cụ thể như sau:",
                "II. NỘI DUNG")
            .Table([
                ["Tiêu chí", "Kết quả cần đạt", "Công việc/giải pháp", "Chủ trì", "Thời gian"],
                ["1.4", "Đạt mức 2", "Bồi dưỡng tổ trưởng", "Hiệu trưởng", "Tháng 10/2024"],
            ]).ToBytes();
        var plan = CaiTien.Documents.Import.PlanImporter.Import(new MemoryStream(bytes), "can-cu.docx").Plan!;
        Assert.Equal([
            "Căn cứ Thông tư số 18/2018/TT-BGDĐT ngày 22/8/2018 của Bộ trưởng Bộ Giáo dục và Đào tạo ban hành Quy định về kiểm định chất lượng giáo dục;",
            "Căn cứ Kế hoạch số 12/KH-PGDĐT ngày 05/9/2024 của Phòng GDĐT",
        ], plan.LegalBases.Select(b => b.Text));
    }

    [Fact]
    public void Bases_written_before_any_heading_are_read_the_same_way()
    {
        var bytes = new TestDocx().Paragraphs("KẾ HOẠCH", "Cải tiến chất lượng giáo dục năm học 2024 - 2025",
                "Căn cứ Công văn số 5932/BGDĐT-QLCL ngày 28/12/2018 của Bộ Giáo dục và Đào tạo về việc hướng dẫn",
                "tự đánh giá và đánh giá ngoài;",
                "Căn cứ kết quả tự đánh giá năm học 2023 - 2024, nhà trường xây dựng kế hoạch cải tiến như sau:",
                "I. NỘI DUNG")
            .Table([
                ["Tiêu chí", "Kết quả cần đạt", "Công việc/giải pháp", "Chủ trì", "Thời gian"],
                ["1.4", "Đạt mức 2", "Bồi dưỡng tổ trưởng", "Hiệu trưởng", "Tháng 10/2024"],
            ]).ToBytes();
        var plan = CaiTien.Documents.Import.PlanImporter.Import(new MemoryStream(bytes), "can-cu.docx").Plan!;
        Assert.Equal([
            "Căn cứ Công văn số 5932/BGDĐT-QLCL ngày 28/12/2018 của Bộ Giáo dục và Đào tạo về việc hướng dẫn tự đánh giá và đánh giá ngoài;",
            "Căn cứ kết quả tự đánh giá năm học 2023 - 2024",
        ], plan.LegalBases.Select(b => b.Text));
    }
}

public class OrganizationRoleTests
{
    [Fact]
    public void Once_roles_are_numbered_an_unnumbered_colon_line_is_a_duty_not_a_role()
    {
        var bytes = new TestDocx().Paragraphs("KẾ HOẠCH", "Cải tiến chất lượng giáo dục năm học 2024 - 2025", "I. NỘI DUNG")
            .Table([
                ["Tiêu chí", "Kết quả cần đạt", "Công việc/giải pháp", "Chủ trì", "Thời gian"],
                ["1.4", "Đạt mức 2", "Bồi dưỡng tổ trưởng", "Hiệu trưởng", "Tháng 10/2024"],
            ])
            .Paragraphs("II. TỔ CHỨC THỰC HIỆN", "1. Hiệu trưởng", "- Chỉ đạo chung.", "2. Tổ chuyên môn",
                "Tổ trưởng:", "- Lập kế hoạch của tổ.", "3. Giáo viên", "- Thực hiện giải pháp.").ToBytes();
        var plan = CaiTien.Documents.Import.PlanImporter.Import(new MemoryStream(bytes), "to-chuc.docx").Plan!;
        Assert.Equal(["Hiệu trưởng", "Tổ chuyên môn", "Giáo viên"], plan.Organization.Select(o => o.Role));
        Assert.Equal(["Tổ trưởng:", "Lập kế hoạch của tổ."], plan.Organization[1].Duties);
    }
}

/// <summary>Issue 17 item 3: pieces of one cell that a page break printed after the table go back to that cell and
/// are never read as a duty or a role.</summary>
public class CellPieceTests
{
    private static byte[] Letter(params string[] after) => new TestDocx().Paragraphs("KẾ HOẠCH", "Cải tiến chất lượng giáo dục năm học 2024 - 2025", "I. NỘI DUNG")
        .Table([
            ["Tiêu chí", "Kết quả cần đạt", "Công việc/giải pháp", "Chủ trì", "Thời gian"],
            ["5.2", "100% lớp có đồ dùng trực quan", "Mua sắm đồ dùng trực quan cho các lớp.", "Hiệu trưởng", "Tháng 10/2024"],
            ["5.3", "100% học sinh tham gia", "Tổ chức trò chơi; sử dụng phương pháp trực", "Phó hiệu trưởng", "Tháng 11/2024"],
            ["5.4", "Đạt mức 2", "Tổ chức hoạt động ngoại khóa", "Tổng phụ trách", "Tháng 12/2024"],
        ])
        .Paragraphs(after).ToBytes();

    [Fact]
    public void A_piece_under_a_role_line_goes_back_to_the_cell_it_finishes()
    {
        var result = CaiTien.Documents.Import.PlanImporter.Import(new MemoryStream(Letter("II. TỔ CHỨC THỰC HIỆN", "1. Hiệu trưởng", "- Chỉ đạo chung.",
            "2. Viên chức, nhân viên của trường", "quan sinh động", "- Thực hiện các giải pháp được phân công.")), "manh.docx");
        var plan = result.Plan!;
        Assert.Equal("Tổ chức trò chơi; sử dụng phương pháp trực quan sinh động", plan.Items[1].Tasks);
        Assert.Equal("Tổ chức hoạt động ngoại khóa", plan.Items[2].Tasks);
        Assert.Equal(["Hiệu trưởng", "Viên chức, nhân viên của trường"], plan.Organization.Select(o => o.Role));
        Assert.Equal(["Thực hiện các giải pháp được phân công."], plan.Organization[1].Duties);
    }

    [Fact]
    public void A_duty_wrapped_onto_the_next_paragraph_stays_a_duty_and_an_unplaceable_piece_is_reported()
    {
        var result = CaiTien.Documents.Import.PlanImporter.Import(new MemoryStream(Letter("II. TỔ CHỨC THỰC HIỆN", "1. Hiệu trưởng",
            "- Chỉ đạo chung, điều hành toàn bộ quá trình thực hiện kế hoạch cải tiến chất", "lượng giáo dục.", "2. Giáo viên", "sinh hoạt chuyên đề", "- Thực hiện giải pháp.")), "gap.docx");
        var plan = result.Plan!;
        Assert.Equal("Tổ chức trò chơi; sử dụng phương pháp trực", plan.Items[1].Tasks);
        Assert.Equal("Chỉ đạo chung, điều hành toàn bộ quá trình thực hiện kế hoạch cải tiến chất lượng giáo dục.", plan.Organization[0].Duties.Single());
        Assert.Equal(["Thực hiện giải pháp."], plan.Organization[1].Duties);
        Assert.Contains(result.Warnings, w => w.Message.Contains("“sinh hoạt chuyên đề”", StringComparison.Ordinal));
    }
}
