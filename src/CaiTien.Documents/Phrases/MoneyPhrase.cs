using System.Globalization;
using System.Text.RegularExpressions;

namespace CaiTien.Documents.Phrases;

/// <summary>What a budget phrase says: the amount in đồng (null when none is written, e.g. "Không"), the
/// funding source category it names (one of <see cref="FundingSources.All"/>), or an error in Vietnamese.</summary>
public sealed record MoneyReading(long? Vnd, string? SourceCategory, string? Error, long? MonthlyVnd = null, int? Months = null)
{
    public static readonly MoneyReading Empty = new(null, null, null);
}

/// <summary>The fixed list of funding sources a plan's budget is classified into.</summary>
public static class FundingSources
{
    public const string StateBudget = "Ngân sách nhà nước";
    public const string TuitionAndLawfulFees = "Học phí/thu hợp pháp";
    public const string Socialization = "Xã hội hóa";
    public const string Other = "Nguồn khác";
    public static readonly IReadOnlyList<string> All = [StateBudget, TuitionAndLawfulFees, Socialization, Other];
}

/// <summary>Reads Vietnamese money phrases: "35.000.000 đồng", "35.000.000đ", "35 triệu đồng", "2,5 triệu",
/// "Không", "Kinh phí thường xuyên". Pure function.</summary>
public static partial class MoneyPhrase
{
    /// <summary>As <see cref="Parse(string?)"/>; an amount per month ("1,5 triệu đồng/tháng", "mỗi tháng 2 triệu") is
    /// multiplied by <paramref name="months"/>, the months of the row's span, when the span is known.</summary>
    public static MoneyReading Parse(string? text, int? months)
    {
        var reading = Parse(text);
        if (reading.Vnd is not { } vnd || months is not > 1 || !PerMonthPattern().IsMatch(VietnameseText.Fold(text))) return reading;
        return reading with { Vnd = vnd * months.Value, MonthlyVnd = vnd, Months = months };
    }

    /// <summary>Months from <paramref name="start"/> to <paramref name="end"/> ("YYYY-MM"), both counted; null unless both are known.</summary>
    public static int? MonthsBetween(string? start, string? end)
    {
        if (start is not { Length: 7 } || end is not { Length: 7 }) return null;
        if (!int.TryParse(start[..4], out var sy) || !int.TryParse(start[5..], out var sm) || !int.TryParse(end[..4], out var ey) || !int.TryParse(end[5..], out var em)) return null;
        var count = ey * 12 + em - (sy * 12 + sm) + 1;
        return count > 0 ? count : null;
    }

    public static MoneyReading Parse(string? text)
    {
        var folded = VietnameseText.Fold(text);
        if (folded.Length == 0) return MoneyReading.Empty;
        var quoted = VietnameseText.CollapseSpaces(text!);
        var category = Classify(folded);

        if (NegativePattern().IsMatch(folded))
            return new(null, category, $"Kinh phí không được âm: \"{quoted}\".");

        var amounts = AmountPattern().Matches(folded);
        if (amounts.Count > 0)
        {
            // Amounts written with a currency or unit count ("Sách: 5 triệu; Sửa: 10.000.000đ" adds up); a bare
            // number is used only when no amount has one.
            var withCurrency = amounts.Where(m => m.Groups["unit"].Success || m.Groups["cur"].Success).ToList();
            var counted = withCurrency.Count > 0 ? withCurrency : [amounts[0]];
            long total = 0;
            foreach (var m in counted)
            {
                if (ToVnd(m.Groups["n"].Value, m.Groups["unit"].Value) is not { } vnd)
                    return new(null, category, $"Không đọc được số tiền \"{quoted}\".");
                total += vnd;
            }
            return new(total, category, null);
        }
        if (DigitPattern().IsMatch(folded))
            return new(null, category, $"Không đọc được số tiền \"{quoted}\".");
        if (category is not null || NothingPattern().IsMatch(folded)) return new(null, category, null);
        return new(null, null, $"Không đọc được kinh phí \"{quoted}\".");
    }

    /// <summary>Where the amounts <see cref="Parse"/> counts stand in the folded text.</summary>
    internal static IEnumerable<(int Start, int Length)> AmountSpans(string folded)
    {
        var amounts = AmountPattern().Matches(folded);
        var withCurrency = amounts.Where(m => m.Groups["unit"].Success || m.Groups["cur"].Success).ToList();
        return (withCurrency.Count > 0 ? withCurrency : amounts.Take(1)).Select(m => (m.Index, m.Length));
    }

    /// <summary>The funding source category a text names, or null.</summary>
    public static string? Classify(string? text)
    {
        var folded = VietnameseText.Fold(text);
        if (StatePattern().IsMatch(folded)) return FundingSources.StateBudget;
        if (TuitionPattern().IsMatch(folded)) return FundingSources.TuitionAndLawfulFees;
        if (SocializationPattern().IsMatch(folded)) return FundingSources.Socialization;
        if (OtherPattern().IsMatch(folded)) return FundingSources.Other;
        return null;
    }

    private static long? ToVnd(string number, string unit)
    {
        var multiplier = unit switch
        {
            "ty" => 1_000_000_000m,
            "trieu" or "tr" => 1_000_000m,
            "nghin" or "ngan" or "k" => 1_000m,
            _ => 1m,
        };
        var digits = number.Replace(" ", "");
        decimal value;
        if (multiplier > 1m)
        {
            // "2,5 triệu" and "2.5 triệu": one separator followed by 1–2 digits is a decimal point.
            var decimalForm = DecimalPattern().IsMatch(digits) ? digits.Replace(',', '.') : digits.Replace(".", "").Replace(",", "");
            if (!decimal.TryParse(decimalForm, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out value)) return null;
        }
        else
        {
            if (!long.TryParse(digits.Replace(".", "").Replace(",", ""), NumberStyles.None, CultureInfo.InvariantCulture, out var whole)) return null;
            value = whole;
        }
        if (value > long.MaxValue / 2 / multiplier) return null;
        return (long)decimal.Round(value * multiplier);
    }

    [GeneratedRegex(@"(?<n>\d{1,3}(?:(?:[.,]|\s(?=\d{3}(?!\d)))\d{3})+|\d+(?:[.,]\d{1,2})?)\s*(?<unit>ty|trieu|tr|nghin|ngan|k)?(?:\s*(?<cur>dong|vnd|d)\b)?(?=\s|$|\.|,|;|\)|-)")]
    private static partial Regex AmountPattern();

    [GeneratedRegex(@"/\s*thang\b|\b(?:moi|hang|mot)\s+thang\b")]
    private static partial Regex PerMonthPattern();

    [GeneratedRegex(@"^\s*[-−]\d|\bam\s+\d")]
    private static partial Regex NegativePattern();

    [GeneratedRegex(@"^[,.;:\s]*[\d.,\s]*\d")]
    private static partial Regex DigitPattern();

    [GeneratedRegex(@"^\d+[.,]\d{1,2}$")]
    private static partial Regex DecimalPattern();

    [GeneratedRegex(@"^(khong|khong co|0|0 d|0 dong|-|x)\b")]
    private static partial Regex NothingPattern();

    [GeneratedRegex(@"ngan sach|kinh phi thuong xuyen|chi thuong xuyen|nsnn|kinh phi (duoc )?cap")]
    private static partial Regex StatePattern();

    [GeneratedRegex(@"hoc phi|thu hop phap|thu dich vu|nguon thu")]
    private static partial Regex TuitionPattern();

    [GeneratedRegex(@"xa hoi hoa|tai tro|manh thuong quan|nha hao tam|dong gop|cha me hoc sinh|phu huynh|vien tro|ung ho")]
    private static partial Regex SocializationPattern();

    [GeneratedRegex(@"nguon khac|chi khac|ca nhan|tu tuc|tu lo|khac")]
    private static partial Regex OtherPattern();
}
