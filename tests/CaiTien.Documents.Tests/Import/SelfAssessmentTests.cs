using CaiTien.Documents.Import.Sections;

namespace CaiTien.Documents.Tests.Import;

public class SelfAssessmentTests
{
    [Fact]
    public void Counts_written_level_first_or_as_sentences()
    {
        var (summary, _) = SelfAssessmentReader.Read(
            ["Kết quả tự đánh giá năm học 2023-2024:", "Mức 1: 27/27 tiêu chí đạt (100%)", "Có 20/27 tiêu chí đạt Mức 2", "Số tiêu chí đạt Mức 3: 5/19"], "2024-2025");
        Assert.NotNull(summary);
        Assert.Equal("2023-2024", summary!.Year);
        Assert.Equal([("1", 27, 27), ("2", 20, 27), ("3", 5, 19)],
            summary.CriteriaAtLevel!.OrderBy(c => c.Key).Select(c => (c.Key, c.Value.Met, c.Value.Total)));
    }

    [Fact]
    public void Weak_criteria_listed_inline_after_the_intro()
    {
        var (summary, _) = SelfAssessmentReader.Read(["Các tiêu chí còn yếu: 1.2, 1.10 và 3.4."], null);
        Assert.Equal(["1.2", "1.10", "3.4"], summary!.WeakCriteria);
    }

    [Theory]
    [InlineData("Năm 2020 trường được công nhận đạt KĐCLGD cấp độ 2.", 2)]
    [InlineData("Mức đánh giá của trường: Mức 1", 1)]
    [InlineData("Trường hạng 3 với nguồn lực còn hạn chế.", null)]
    public void School_level_from_accreditation_sentences(string text, int? level)
    {
        var (summary, _) = SelfAssessmentReader.Read([text], null);
        Assert.Equal(level, summary?.SchoolLevel);
    }
}
