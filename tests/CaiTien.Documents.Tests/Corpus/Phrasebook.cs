using CaiTien.Documents.Interchange;

namespace CaiTien.Documents.Tests.Corpus;

/// <summary>Time and money phrases schools write, each with what it means, written out by hand (months relative to
/// the plan's school year y1–y2).</summary>
public static class Phrasebook
{
    public sealed record TimeCase(string Text, string? Start, string? End, string Recurrence);

    public sealed record MoneyCase(string Text, long? Vnd, string? Source, string[] Categories);

    public static IReadOnlyList<TimeCase> Times(string schoolYear)
    {
        var y1 = int.Parse(schoolYear[..4]);
        var y2 = y1 + 1;
        return
        [
            new("HK II", $"{y2}-01", $"{y2}-05", Recurrences.Once),
            new("Học kỳ 2", $"{y2}-01", $"{y2}-05", Recurrences.Once),
            new("HK I, HK II", $"{y1}-09", $"{y2}-05", Recurrences.Once),
            new($"Tháng 9 – tháng 12/{y1}", $"{y1}-09", $"{y1}-12", Recurrences.Once),
            new("Từ 2023-2028", null, null, Recurrences.Once),
            new("Cuối năm học", $"{y2}-05", $"{y2}-05", Recurrences.Once),
            new("Học kỳ I", $"{y1}-09", $"{y2}-01", Recurrences.Once),
            new($"Tháng 3/{y2}", $"{y2}-03", $"{y2}-03", Recurrences.Once),
            new("Hằng năm", null, null, Recurrences.Yearly),
            new($"Từ tháng 10/{y1} đến hết năm học", $"{y1}-10", $"{y2}-05", Recurrences.Once),
        ];
    }

    private const string State = "Ngân sách nhà nước";
    private const string Social = "Xã hội hóa";

    public static readonly IReadOnlyList<MoneyCase> Money =
    [
        new("5.000.000 đ (XHH)", 5_000_000, "XHH", [Social]),
        new("5tr", 5_000_000, null, []),
        new("Nguồn hoạt động Sở GDĐT, CMHS", null, "Nguồn hoạt động Sở GDĐT, CMHS", [State, Social]),
        new("Nguồn: Sở GDĐT", null, "Sở GDĐT", [State]),
        new("Ngân sách + XHH", null, "Ngân sách + XHH", [State, Social]),
        new("Nguồn hoạt động", null, "Nguồn hoạt động", [State]),
        new("10 triệu đồng (Thành ủy)", 10_000_000, "Thành ủy", [State]),
        new("CMHS", null, "CMHS", [Social]),
        new("Mạnh thường quân", null, "Mạnh thường quân", [Social]),
        new("3.500.000 đồng - địa phương", 3_500_000, "địa phương", [State]),
    ];
}
