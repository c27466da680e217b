using CaiTien.Plans;

namespace CaiTien.SelfAssessments.Reports;

/// <summary>The "Kế hoạch cải tiến chất lượng" of a criterion, written from the plan rows of that criterion so the
/// report and the plan cannot disagree: one line per row with its tasks, who, when and the money.</summary>
public static class PlanParagraph
{
    public static IReadOnlyList<string> Lines(IEnumerable<PlanRow> rows) => rows.Select(Line).ToList();

    public static string Line(PlanRow row)
    {
        var tasks = Flatten(row.Tasks) ?? Flatten(row.Measures) ?? "[chưa ghi công việc, giải pháp]";
        var parts = new List<string>();
        if (Flatten(row.TargetResult) is { } target) parts.Add($"Mục tiêu: {target}");
        parts.Add($"Công việc: {tasks}");
        parts.Add($"Chủ trì: {Flatten(row.Lead) ?? "[chưa phân công]"}" + (Flatten(row.Coordinators) is { } co ? $"; phối hợp: {co}" : ""));
        parts.Add($"Thời gian: {Time(row) ?? "[chưa ghi]"}");
        if (Flatten(row.BudgetText) is { } budget) parts.Add($"Kinh phí: {budget}");
        return string.Join(". ", parts.Select(p => p.TrimEnd('.', ';'))) + ".";
    }

    private static string? Time(PlanRow row)
    {
        if (Flatten(row.TimeText) is { } text) return text;
        var start = Flatten(row.Start);
        var end = Flatten(row.End);
        return (start, end) switch
        {
            (null, null) => null,
            (_, null) => start,
            (null, _) => end,
            _ => $"{start} – {end}",
        };
    }

    private static string? Flatten(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        var lines = text.Replace("\r\n", "\n").Split('\n').Select(l => l.Trim().TrimStart('-', '+', '•').Trim()).Where(l => l.Length > 0);
        return string.Join("; ", lines.Select(l => l.TrimEnd(';', '.')));
    }
}
