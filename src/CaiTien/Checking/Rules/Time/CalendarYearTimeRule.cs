using System.Text.RegularExpressions;
using CaiTien.Checking.Text;

namespace CaiTien.Checking.Rules.Time;

/// <summary>Time written as a bare calendar year ("2024", "Năm 2025"): only part of that year lies in the school
/// year, and a year outside the school year is wrong outright.</summary>
public sealed partial class CalendarYearTimeRule : ICheckRule
{
    public IReadOnlyList<string> Names { get; } = ["calendar-year-time", "month-outside-school-year"];

    public IEnumerable<Finding> Run(CheckContext context)
    {
        if (context.SchoolYear is not { } year) yield break;
        for (var i = 0; i < context.Items.Count; i++)
        {
            var item = context.Items[i];
            var m = BareYear().Match(VietnameseText.Fold(item.TimeText));
            if (!m.Success) continue;
            var y = int.Parse(m.Groups[1].Value);
            var where = FindingLocation.ItemField(i, item.Criterion, "timeText");
            if (y == year.FirstYear || y == year.SecondYear)
            {
                var part = y == year.FirstYear ? $"tháng 9–12/{y}" : $"tháng 1–5/{y}";
                yield return new Finding(Names[0], Severities.Warning, where,
                    $"Tiêu chí {item.Criterion}: thời gian ghi năm dương lịch {y}; trong năm học {year.Label} chỉ có {part} thuộc năm này.",
                    $"Ghi rõ tháng bắt đầu và kết thúc (ví dụ: Tháng 10/{year.FirstYear} đến tháng 5/{year.SecondYear}).");
            }
            else
                yield return new Finding(Names[1], Severities.Error, where,
                    $"Tiêu chí {item.Criterion}: năm {y} nằm ngoài năm học {year.Label} ({year.Start}–{year.End}).",
                    $"Ghi thời gian trong năm học {year.Label}.");
        }
    }

    [GeneratedRegex(@"^(?:nam |trong nam )?((?:19|20)\d{2})$")]
    private static partial Regex BareYear();
}
