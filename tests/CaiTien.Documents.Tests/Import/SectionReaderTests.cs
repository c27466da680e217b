using CaiTien.Documents.Import;
using CaiTien.Documents.Import.Sections;

namespace CaiTien.Documents.Tests.Import;

public class SectionReaderTests
{
    private static readonly OrganizationReader Organization = new(ImportVocabulary.Default);

    [Fact]
    public void Roles_written_as_lines_ending_in_a_colon()
    {
        var roles = Organization.Read(["Hiệu trưởng:", "- Chỉ đạo chung.", "- Kiểm tra, đánh giá.", "Giáo viên:", "- Thực hiện các giải pháp.", "Nơi nhận:", "- Lưu VT."]);
        Assert.Equal(["Hiệu trưởng", "Giáo viên"], roles.Select(r => r.Role));
        Assert.Equal(["Chỉ đạo chung.", "Kiểm tra, đánh giá."], roles[0].Duties);
        Assert.Equal(["Thực hiện các giải pháp."], roles[1].Duties);
    }

    [Fact]
    public void Roles_numbered_with_letters_or_sub_numbers()
    {
        var roles = Organization.Read(["a) Hiệu trưởng", "- Chỉ đạo chung.", "6.2. Tổ chuyên môn", "- Thực hiện."]);
        Assert.Equal(["Hiệu trưởng", "Tổ chuyên môn"], roles.Select(r => r.Role));
        Assert.Equal(["Thực hiện."], roles[1].Duties);
    }

    [Fact]
    public void Role_running_into_its_duties_is_split()
    {
        var (role, duties) = Organization.SplitRunIn("Tổ chuyên môn Triển khai kế hoạch trong tổ Báo cáo kết quả hằng tháng.");
        Assert.Equal("Tổ chuyên môn", role);
        Assert.Equal(["Triển khai kế hoạch trong tổ", "Báo cáo kết quả hằng tháng."], duties);
    }

    [Fact]
    public void Legal_bases_skip_headings_and_stop_at_a_numbered_topic()
    {
        var bases = LegalBasisReader.ReadSection(
            ["1. Báo cáo tự đánh giá năm 2023.", "2. Các văn bản hướng dẫn:", "- Căn cứ Thông tư 17/2018/TT-BGDĐT;", "(bản sao lưu tại văn phòng)",
             "- Công văn 5932/BGDĐT-QLCL;", "3. Kết quả thực hiện năm học 2023-2024:", "4. Kế hoạch năm học của trường."],
            ImportVocabulary.Default);
        Assert.Equal(["1. Báo cáo tự đánh giá năm 2023.", "Căn cứ Thông tư 17/2018/TT-BGDĐT;", "Công văn 5932/BGDĐT-QLCL;"],
            bases.Select((b, i) => i == 0 ? "1. " + b.Text : b.Text));
    }

    [Theory]
    [InlineData("Căn cứ Thông tư số 17/2018/TT-BGDĐT ngày 22/8/2018;", "17/2018/TT-BGDĐT")]
    [InlineData("Công văn số 5932/BGDĐT-QLCL ngày 28/12/2018", "5932/BGDĐT-QLCL")]
    [InlineData("Luật Giáo dục số 43/2019/QH14 ngày 14/6/2019", "43/2019/QH14")]
    [InlineData("Quyết định số 220a/QĐ-THTPĐB ngày 02/10/2023", "220a/QĐ-THTPĐB")]
    [InlineData("Báo cáo tự đánh giá năm 2023", null)]
    public void Legal_basis_reference_is_the_first_document_number(string text, string? reference) =>
        Assert.Equal(reference, LegalBasisReader.Reference(text));

    [Theory]
    [InlineData("Tiêu chí 1.1: Phương hướng, chiến lược", "1.1", "Phương hướng, chiến lược")]
    [InlineData("1.10. Đảm bảo an ninh trật tự", "1.10", "Đảm bảo an ninh trật tự")]
    [InlineData("TC2.3", "2.3", null)]
    [InlineData("Tiêu chuẩn 3, tiêu chí 4: Khu vệ sinh", "3.4", "Khu vệ sinh")]
    public void Criterion_cells(string text, string code, string? title)
    {
        Assert.Equal((code, title), CriterionText.Read(text));
    }

    [Theory]
    [InlineData("MỨC 1", true, 1)]
    [InlineData("I. MỨC 2:", true, 2)]
    [InlineData("MỨC 1, 2, 3", true, null)]
    [InlineData("Mức độ đạt được", false, null)]
    public void Level_headings(string text, bool isHeading, int? level)
    {
        Assert.Equal(level, CriterionText.Level(text, out var heading));
        Assert.Equal(isHeading, heading);
    }

    [Theory]
    [InlineData("Xây dựng nhà đa năng cho học sinh", null)]
    [InlineData("Quyết định của UBND tỉnh Bình Dương", "Bình Dương")]
    [InlineData("trang web c1nguyenbangoc.tphcm@moet.edu.vn", "Thành phố Hồ Chí Minh")]
    [InlineData("Đội Thiếu niên Tiền phong Hồ Chí Minh", null)]
    [InlineData("Sở GDĐT Khánh Hoà", "Khánh Hòa")]
    public void Province_is_named_with_its_accents(string text, string? province) =>
        Assert.Equal(province, new PlaceInference(ImportVocabulary.Default).Province([text]));

    [Fact]
    public void Copies_of_table_rows_after_the_table_are_dropped_but_a_role_sharing_one_cells_words_is_kept()
    {
        string[] cells = ["Ban đại diện cha mẹ học sinh", "Huy động 100% trẻ trong độ tuổi đi học", "Rà soát số trẻ trong độ tuổi", "Sử dụng phương pháp trực quan sinh động"];
        var kept = LeakedTableText.Remove(
            ["* Ban đại diện cha mẹ học sinh", "* Giáo viên quan sinh động Tiêu chí", "5.4: Phổ cập Huy động 100% trẻ trong độ tuổi đi học Rà soát số trẻ trong độ tuổi", "- Dạy tốt."],
            cells);
        Assert.Equal(["* Ban đại diện cha mẹ học sinh", "* Giáo viên", "- Dạy tốt."], kept);
    }
}
