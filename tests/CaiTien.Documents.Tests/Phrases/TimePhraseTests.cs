using CaiTien.Documents.Interchange;
using CaiTien.Documents.Phrases;

namespace CaiTien.Documents.Tests.Phrases;

public class TimePhraseTests
{
    private const string Year = "2024-2025";

    [Theory]
    [InlineData("Từ tháng 10/2024 đến tháng 5/2025", "2024-10", "2025-05", Recurrences.Once)]
    [InlineData("Tháng 9/2024", "2024-09", "2024-09", Recurrences.Once)]
    [InlineData("Từ tháng 10 năm 2024 – Đến tháng 6 năm 2025", "2024-10", "2025-06", Recurrences.Once)]
    [InlineData("Thường xuyên", null, null, Recurrences.Continuous)]
    [InlineData("Thực hiện thường xuyên", null, null, Recurrences.Continuous)]
    [InlineData("Hằng tháng", null, null, Recurrences.Continuous)]
    [InlineData("Hàng tháng", null, null, Recurrences.Continuous)]
    [InlineData("Hằng năm", null, null, Recurrences.Yearly)]
    [InlineData("Cả năm học", "2024-09", "2025-05", Recurrences.Once)]
    [InlineData("Trong năm học", null, null, Recurrences.Once)]
    [InlineData("HKI", "2024-09", "2025-01", Recurrences.Once)]
    [InlineData("Học kỳ I", "2024-09", "2025-01", Recurrences.Once)]
    [InlineData("HK II", "2025-01", "2025-05", Recurrences.Once)]
    [InlineData("Tháng 10/2024 đến hết năm học 2024 - 2025", "2024-10", "2025-05", Recurrences.Once)]
    [InlineData("Tháng 9/2024 đến khi kết thúc năm học 2024 – 2025", "2024-09", "2025-05", Recurrences.Once)]
    [InlineData("Sau mỗi hoạt động", null, null, Recurrences.AfterEachActivity)]
    [InlineData("2024", null, null, Recurrences.Once)]
    [InlineData("Từ 2023-2028", null, null, Recurrences.Once)]
    [InlineData("Tháng 11", "2024-11", "2024-11", Recurrences.Once)]
    [InlineData("Từ tháng 2 đến tháng 4", "2025-02", "2025-04", Recurrences.Once)]
    [InlineData("15/10/2024 - 30/4/2025", "2024-10", "2025-04", Recurrences.Once)]
    [InlineData("Quý I/2025", "2025-01", "2025-03", Recurrences.Once)]
    [InlineData("Tháng 10/2024 đến hết năm học", "2024-10", "2025-05", Recurrences.Once)]
    [InlineData("Từ tháng 9/2024 đến hết năm 2024", "2024-09", "2024-12", Recurrences.Once)]
    [InlineData("Quý IV", "2024-10", "2024-12", Recurrences.Once)]
    [InlineData("Tháng 9, 10/2024", "2024-09", "2024-10", Recurrences.Once)]
    [InlineData("Tháng 9 hằng năm", "2024-09", "2024-09", Recurrences.Yearly)]
    public void Reads_months_and_recurrence(string text, string? start, string? end, string recurrence)
    {
        var reading = TimePhrase.Parse(text, Year);
        Assert.Equal((start, end, recurrence), (reading.Start, reading.End, reading.Recurrence));
        Assert.Null(reading.Error);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void Empty_text_gives_nothing(string? text)
    {
        Assert.Equal(TimeReading.Empty, TimePhrase.Parse(text, Year));
    }

    [Fact]
    public void Unreadable_text_gives_an_error_quoting_it()
    {
        var reading = TimePhrase.Parse("khi nào rảnh", Year);
        Assert.Null(reading.Recurrence);
        Assert.Contains("\"khi nào rảnh\"", reading.Error);
    }

    [Fact]
    public void End_before_start_is_kept_and_flagged()
    {
        var reading = TimePhrase.Parse("Tháng 9/2025 đến khi kết thúc năm học 2024 – 2025", Year);
        Assert.Equal(("2025-09", "2025-05"), (reading.Start, reading.End));
        Assert.True(reading.EndsBeforeStart);
    }

    [Fact]
    public void Month_without_year_and_without_school_year_is_not_guessed()
    {
        var reading = TimePhrase.Parse("Tháng 11", null);
        Assert.Null(reading.Start);
        Assert.Equal(Recurrences.Once, reading.Recurrence);
    }
}
