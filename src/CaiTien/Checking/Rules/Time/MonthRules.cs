using CaiTien.Checking.Rules.Items;
using CaiTien.Checking.Text;

namespace CaiTien.Checking.Rules.Time;

/// <summary>Start or end month outside the plan's school year (9/Y1–5/Y2). June–August of Y2 and July–August of Y1
/// are the administrative edges of a school year: June gives nothing (schools close the year in June), July/August a
/// warning (summer break: work planned then is usually a slip for another month). A month inside the year
/// but before the plan's own date gives a warning.</summary>
public sealed class MonthOutsideSchoolYearRule : ICheckRule
{
    public IReadOnlyList<string> Names { get; } = ["month-outside-school-year", "month-at-school-year-edge", "month-before-plan-date"];

    public IEnumerable<Finding> Run(CheckContext context)
    {
        if (context.SchoolYear is not { } year) yield break;
        var planMonth = context.Plan.IssuedOn is { } issued ? MonthValue.Of(issued) : (MonthValue?)null;
        for (var i = 0; i < context.Items.Count; i++)
        {
            var item = context.Items[i];
            foreach (var (field, raw, label) in new[] { ("start", item.Start, "bắt đầu"), ("end", item.End, "kết thúc") })
            {
                if (MonthValue.Parse(raw) is not { } month || (field == "end" && raw == item.Start)) continue;
                var where = FindingLocation.ItemField(i, item.Criterion, field);
                if (year.Contains(month)) continue;
                if (year.IsAdministrativeEdge(month))
                {
                    if (month.Month != 6)
                        yield return new Finding(Names[1], Severities.Warning, where,
                            $"Tiêu chí {item.Criterion}: tháng {label} {month} nằm ở thời gian hè, ngoài thời gian dạy học của năm học {year.Label} ({year.Start}–{year.End}).",
                            "Nếu là công việc chuẩn bị hoặc tổng kết thì có thể giữ nguyên.");
                }
                else
                {
                    var intended = new MonthValue(month.Month >= 9 ? year.FirstYear : year.SecondYear, month.Month);
                    var hint = year.Contains(intended) ? $"Có thể ý là tháng {intended}." : $"Sửa thành một tháng trong khoảng {year.Start}–{year.End}.";
                    yield return new Finding(Names[0], Severities.Error, where,
                        $"Tiêu chí {item.Criterion}: tháng {label} {month} nằm ngoài năm học {year.Label} ({year.Start}–{year.End}).", hint);
                }
            }
            if (MonthValue.Parse(item.End) is { } end && year.Contains(end) && planMonth is { } pm && end < pm)
                yield return new Finding(Names[2], Severities.Warning, FindingLocation.ItemField(i, item.Criterion, "end"),
                    $"Tiêu chí {item.Criterion}: tháng kết thúc {end} trước tháng ban hành kế hoạch ({pm}).",
                    "Kiểm tra lại thời gian thực hiện: nội dung này kết thúc trước khi kế hoạch được ban hành.");
        }
    }
}

/// <summary>End month before start month.</summary>
public sealed class EndBeforeStartRule : ICheckRule
{
    public IReadOnlyList<string> Names { get; } = ["end-before-start"];

    public IEnumerable<Finding> Run(CheckContext context)
    {
        for (var i = 0; i < context.Items.Count; i++)
        {
            var item = context.Items[i];
            if (MonthValue.Parse(item.Start) is not { } start || MonthValue.Parse(item.End) is not { } end || end >= start) continue;
            yield return new Finding(Names[0], Severities.Error, FindingLocation.ItemField(i, item.Criterion, "end"),
                $"Tiêu chí {item.Criterion}: thời gian kết thúc ({end}) trước thời gian bắt đầu ({start}) — {VietnameseText.Quote(item.TimeText)}.",
                "Kiểm tra lại năm của tháng bắt đầu hoặc năm học ghi ở thời gian kết thúc.");
        }
    }
}

/// <summary>A row spanning more than one school year, by its months or by a year range in its time text.</summary>
public sealed partial class MultiYearSpanRule : ICheckRule
{
    public IReadOnlyList<string> Names { get; } = ["multi-year-span"];

    public IEnumerable<Finding> Run(CheckContext context)
    {
        for (var i = 0; i < context.Items.Count; i++)
        {
            var item = context.Items[i];
            var where = FindingLocation.ItemField(i, item.Criterion, "timeText");
            if (MonthValue.Parse(item.Start) is { } start && MonthValue.Parse(item.End) is { } end && end.Index - start.Index > 11)
            {
                yield return new Finding(Names[0], Severities.Warning, where,
                    $"Tiêu chí {item.Criterion}: thời gian {start}–{end} kéo dài hơn một năm học, trong khi đây là kế hoạch của một năm học.",
                    "Chỉ ghi phần việc làm trong năm học này; phần còn lại đưa vào kế hoạch các năm sau.");
                continue;
            }
            var m = YearRange().Match(item.TimeText ?? "");
            if (m.Success && int.Parse(m.Groups[2].Value) - int.Parse(m.Groups[1].Value) >= 2)
                yield return new Finding(Names[0], Severities.Warning, where,
                    $"Tiêu chí {item.Criterion}: thời gian {VietnameseText.Quote(item.TimeText)} là một giai đoạn nhiều năm, trong khi đây là kế hoạch của một năm học.",
                    "Ghi rõ tháng bắt đầu và kết thúc trong năm học của kế hoạch.");
        }
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"\b((?:19|20)\d{2})\s*[-–—]\s*((?:19|20)\d{2})\b")]
    private static partial System.Text.RegularExpressions.Regex YearRange();
}

/// <summary>A row with no time at all: no time text, no months, no recurrence.</summary>
public sealed class MissingTimeRule : ICheckRule
{
    public IReadOnlyList<string> Names { get; } = ["no-time"];

    public IEnumerable<Finding> Run(CheckContext context)
    {
        for (var i = 0; i < context.Items.Count; i++)
        {
            var item = context.Items[i];
            if (!CheckContext.IsBlank(item.TimeText) || item.Start is not null || item.End is not null || item.Recurrence is not null) continue;
            if (EmptyRow.IsEmpty(item)) continue;
            yield return new Finding(Names[0], Severities.Warning, FindingLocation.ItemField(i, item.Criterion, "timeText"),
                $"Tiêu chí {item.Criterion}: chưa ghi thời gian thực hiện.",
                "Ghi tháng bắt đầu và tháng hoàn thành (ví dụ: Tháng 10/2024 đến tháng 5/2025) hoặc \"Thường xuyên\".");
        }
    }
}
