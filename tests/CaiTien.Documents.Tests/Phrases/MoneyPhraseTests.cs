using CaiTien.Documents.Phrases;

namespace CaiTien.Documents.Tests.Phrases;

public class MoneyPhraseTests
{
    [Theory]
    [InlineData("35.000.000 đồng", 35_000_000L)]
    [InlineData("35.000.000đ", 35_000_000L)]
    [InlineData("35,000,000 VNĐ", 35_000_000L)]
    [InlineData("35 triệu đồng", 35_000_000L)]
    [InlineData("2,5 triệu", 2_500_000L)]
    [InlineData("1,2 tỷ đồng", 1_200_000_000L)]
    [InlineData("500 nghìn đồng", 500_000L)]
    [InlineData("15000000", 15_000_000L)]
    [InlineData("35 000 000 đ", 35_000_000L)]
    [InlineData("Sách: 5 triệu; sửa chữa: 10.000.000đ", 15_000_000L)]
    [InlineData("Kinh phí năm 2024: 5 triệu đồng", 5_000_000L)]
    public void Reads_amounts(string text, long vnd)
    {
        var reading = MoneyPhrase.Parse(text);
        Assert.Equal(vnd, reading.Vnd);
        Assert.Null(reading.Error);
    }

    [Theory]
    [InlineData("Không", null)]
    [InlineData("không", null)]
    [InlineData("Kinh phí thường xuyên", FundingSources.StateBudget)]
    [InlineData("Kinh phí ngân sách cấp trên và nguồn tài trợ", FundingSources.StateBudget)]
    [InlineData("Xã hội hóa", FundingSources.Socialization)]
    [InlineData("Nguồn tài trợ của mạnh thường quân", FundingSources.Socialization)]
    [InlineData("Học phí", FundingSources.TuitionAndLawfulFees)]
    [InlineData("Không Chi khác", FundingSources.Other)]
    public void Phrases_without_an_amount_give_no_amount_and_their_source(string text, string? source)
    {
        var reading = MoneyPhrase.Parse(text);
        Assert.Null(reading.Vnd);
        Assert.Equal(source, reading.SourceCategory);
        Assert.Null(reading.Error);
    }

    [Fact]
    public void Amount_and_source_together()
    {
        var reading = MoneyPhrase.Parse("5.000.000 đồng (xã hội hóa)");
        Assert.Equal((5_000_000L, FundingSources.Socialization), (reading.Vnd!.Value, reading.SourceCategory));
    }

    [Theory]
    [InlineData("-5.000.000 đồng")]
    [InlineData("âm 5 triệu")]
    [InlineData("abc xyz")]
    [InlineData("99999999999999999999999 tỷ đồng")]
    public void Negative_or_unreadable_budget_is_an_error_quoting_the_text(string text)
    {
        var reading = MoneyPhrase.Parse(text);
        Assert.Null(reading.Vnd);
        Assert.Contains($"\"{text}\"", reading.Error);
    }

    [Fact]
    public void Empty_text_gives_nothing()
    {
        Assert.Equal(MoneyReading.Empty, MoneyPhrase.Parse(null));
        Assert.Equal(MoneyReading.Empty, MoneyPhrase.Parse(" "));
    }

    [Theory]
    [InlineData("1,5 triệu đồng/tháng", 9, 13_500_000L)]
    [InlineData("Mỗi tháng 2 triệu đồng", 3, 6_000_000L)]
    [InlineData("1,5 triệu đồng/tháng", null, 1_500_000L)]
    [InlineData("1,5 triệu đồng", 9, 1_500_000L)]
    public void A_monthly_amount_is_multiplied_by_the_months_of_the_span(string text, int? months, long expected)
    {
        var reading = MoneyPhrase.Parse(text, months);
        Assert.Equal(expected, reading.Vnd);
        Assert.Null(reading.Error);
    }

    [Fact]
    public void Months_between_count_both_ends()
    {
        Assert.Equal(9, MoneyPhrase.MonthsBetween("2025-09", "2026-05"));
        Assert.Equal(1, MoneyPhrase.MonthsBetween("2025-10", "2025-10"));
        Assert.Null(MoneyPhrase.MonthsBetween("2025-10", null));
    }
}
