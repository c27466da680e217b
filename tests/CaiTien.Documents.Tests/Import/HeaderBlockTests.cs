using CaiTien.Documents.Import;
using CaiTien.Documents.Import.Sections;

namespace CaiTien.Documents.Tests.Import;

public class HeaderBlockTests
{
    private static readonly HeaderBlockReader Reader = new(new NameCasing(ImportVocabulary.Default));

    [Theory]
    [InlineData("UBND HUYỆN DẦU TIẾNG", "UBND huyện Dầu Tiếng")]
    [InlineData("PHÒNG GIÁO DỤC VÀ ĐÀO TẠO\nTHÀNH PHỐ THỦ DẦU MỘT", "Phòng Giáo dục và Đào tạo thành phố Thủ Dầu Một")]
    [InlineData("UBND TỈNH BÌNH DƯƠNG\nSỞ GIÁO DỤC VÀ ĐÀO TẠO", "Sở Giáo dục và Đào tạo")]
    [InlineData("Phòng GD&ĐT huyện Củ Chi", "Phòng GD&ĐT huyện Củ Chi")]
    public void Governing_body_is_the_nearest_body_above_the_school_in_sentence_case(string lines, string expected)
    {
        var header = Reader.Read([.. lines.Split('\n'), "TRƯỜNG TIỂU HỌC SỐ 1 XÃ AN PHÚ"]);
        Assert.Equal(expected, header.GoverningBody);
        Assert.Equal("Trường Tiểu học số 1 xã An Phú", header.School);
    }

    [Theory]
    [InlineData("Định Hiệp, ngày 23 tháng 9 năm 2024", "Định Hiệp", 2024, 9, 23)]
    [InlineData("Bính Thạnh, ngày 30 tháng 8 năm 2024", "Bính Thạnh", 2024, 8, 30)]
    [InlineData("Quận 3, ngày 05/10/2025", "Quận 3", 2025, 10, 5)]
    public void Place_and_date_line(string line, string place, int year, int month, int day)
    {
        var header = Reader.Read(["TRƯỜNG MẦM NON HOA SEN", "Số: 12/KH-MN", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", line]);
        Assert.Equal((place, new DateOnly(year, month, day), "12/KH-MN"), (header.Place, header.IssuedOn, header.DocumentNumber));
    }

    [Fact]
    public void School_name_wrapped_onto_a_second_line_is_joined()
    {
        var header = Reader.Read(["PHÒNG GD&ĐT QUẬN 1", "TRƯỜNG TIỂU HỌC", "NGUYỄN VĂN TRỖI", "Số: 3/KH-NVT"]);
        Assert.Equal(("Trường Tiểu học Nguyễn Văn Trỗi", "Phòng GD&ĐT quận 1", "3/KH-NVT"), (header.School, header.GoverningBody, header.DocumentNumber));
    }

    [Fact]
    public void Blank_date_template_gives_no_date()
    {
        var header = Reader.Read(["TRƯỜNG MẦM NON HOA SEN", "……, ngày … tháng … năm 2025"]);
        Assert.Null(header.IssuedOn);
        Assert.Null(Reader.Read(["Hà Nội, ngày 31 tháng 2 năm 0000"]).IssuedOn);
        Assert.Null(header.GoverningBody);
    }
}
