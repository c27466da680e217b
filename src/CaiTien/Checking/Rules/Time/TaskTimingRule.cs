using System.Text.RegularExpressions;
using CaiTien.Checking.Text;
using CaiTien.Documents.Interchange;

namespace CaiTien.Checking.Rules.Time;

/// <summary>The row's tasks contradict its own time columns: they schedule by the yearly calendar ("Tháng 9 hằng
/// năm", "20/11 hằng năm") or into "những năm tiếp theo" for a single period, start "Từ tháng …" at another month, name a month outside the row's period, or keep to the
/// first semester while the row runs on for months.</summary>
public sealed partial class TaskTimingRule : ICheckRule
{
    public IReadOnlyList<string> Names { get; } = ["task-timing-conflict", "task-timing-semester"];

    public IEnumerable<Finding> Run(CheckContext context)
    {
        for (var i = 0; i < context.Items.Count; i++)
        {
            var item = context.Items[i];
            var text = string.Join(" ", item.Tasks, item.Measures);
            if (string.IsNullOrWhiteSpace(text)) continue;
            var start = MonthValue.Parse(item.Start);
            var end = MonthValue.Parse(item.End);
            var where = FindingLocation.ItemField(i, item.Criterion, CheckContext.IsBlank(item.Tasks) ? "measures" : "tasks");
            var period = start is { } s && end is { } e ? $"{s}–{e}" : VietnameseText.Quote(item.TimeText);

            var yearly = Yearly().Match(text);
            if (yearly.Success && item.Recurrence == Recurrences.Once && end is not null)
                yield return new Finding(Names[0], Severities.Warning, where,
                    $"Tiêu chí {item.Criterion}: nội dung ghi \"{yearly.Value}\" nhưng cột thời gian chỉ ghi một khoảng ({period}).",
                    "Bỏ phần việc của các năm sau khỏi kế hoạch năm học này, hoặc ghi thời gian là \"Hằng năm\".");

            var from = FromMonth().Match(text);
            if (from.Success && ToMonth(from) is { } fromMonth && start is { } st && fromMonth != st)
                yield return new Finding(Names[0], Severities.Warning, where,
                    $"Tiêu chí {item.Criterion}: nội dung ghi \"{from.Value.TrimStart('-', ' ', '+', '*')}\" nhưng cột thời gian bắt đầu từ {st}.",
                    "Thống nhất tháng bắt đầu giữa nội dung và cột thời gian.");
            else if (start is { } a && end is { } b)
                foreach (Match m in AnyMonth().Matches(text))
                    if (ToMonth(m) is { } named && (named < a || named > b))
                    {
                        yield return new Finding(Names[0], Severities.Warning, where,
                            $"Tiêu chí {item.Criterion}: nội dung ghi \"{m.Value}\", ngoài thời gian của dòng ({period}).",
                            "Thống nhất thời gian giữa nội dung và cột thời gian.");
                        break;
                    }

            if (FirstSemester().IsMatch(text) && !OtherSemester().IsMatch(text) && end is { } last && context.SchoolYear is { } year
                && last >= new MonthValue(year.SecondYear, 3))
                yield return new Finding(Names[1], Severities.Info, where,
                    $"Tiêu chí {item.Criterion}: nội dung làm trong học kỳ I nhưng dòng kéo dài đến tháng {last}.",
                    "Kiểm tra lại tháng kết thúc.");
        }
    }

    private static MonthValue? ToMonth(Match m)
    {
        var month = int.Parse(m.Groups["m"].Value);
        return month is >= 1 and <= 12 ? new MonthValue(int.Parse(m.Groups["y"].Value), month) : null;
    }

    /// <summary>"Hằng năm" alone is a plain frequency ("tổ chức hội thi hằng năm") and fits a one-year plan; a date
    /// that recurs every year, or work carried into the following years, does not fit a single period.</summary>
    [GeneratedRegex(@"(?:tháng\s+\d{1,2}|\d{1,2}\s*(?:/|\s+tháng\s+)\s*\d{1,2})\s+(?:hằng|hàng|mỗi)\s+năm|(?:những|các)\s+năm\s+(?:tiếp\s+theo|sau)", RegexOptions.IgnoreCase)]
    private static partial Regex Yearly();

    [GeneratedRegex(@"^\W*từ\s+tháng\s+(?<m>\d{1,2})\s*(?:/|\s+năm\s+)\s*(?<y>(?:19|20)\d{2})", RegexOptions.IgnoreCase)]
    private static partial Regex FromMonth();

    [GeneratedRegex(@"tháng\s+(?<m>\d{1,2})\s*(?:/|\s+năm\s+)\s*(?<y>(?:19|20)\d{2})", RegexOptions.IgnoreCase)]
    private static partial Regex AnyMonth();

    [GeneratedRegex(@"học\s+kỳ\s+(?:1|I)\b|\bHK\s*(?:1|I)\b", RegexOptions.IgnoreCase)]
    private static partial Regex FirstSemester();

    [GeneratedRegex(@"học\s+kỳ\s+(?:2|II)\b|\bHK\s*(?:2|II)\b|cả\s+năm|cuối\s+năm", RegexOptions.IgnoreCase)]
    private static partial Regex OtherSemester();
}
