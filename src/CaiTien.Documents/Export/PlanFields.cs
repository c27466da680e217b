using System.Globalization;
using CaiTien.Documents.Interchange;

namespace CaiTien.Documents.Export;

/// <summary>The field keys a column can show, with their default Vietnamese header, relative width and the
/// text they take from a plan row. Keys are the <c>caitien.plan/1</c> item field names plus a few derived
/// ones (index, standard, criterion, time, budget) and two that a plan never fills (resultIndicator, progress:
/// TT57 "Biểu 2" columns left blank for the school to fill by hand).</summary>
public static class PlanFields
{
    public sealed record Field(string Key, string Header, double Width, Func<PlanItem, PlanFieldContext, string?> Text, string? PrefixWhenJoined = null);

    private static readonly NumberFormatInfo VietnameseNumbers = new() { NumberGroupSeparator = ".", NumberDecimalSeparator = "," };

    private static readonly Field[] All =
    [
        // The school's own number as written when the plan has one, else the row's place in the table.
        new("index", "TT", 0.45, (i, c) => string.IsNullOrWhiteSpace(i.RowNumberAsWritten) ? c.RowNumber.ToString(CultureInfo.InvariantCulture) : i.RowNumberAsWritten.Trim()),
        new("standard", "Tiêu chuẩn", 0.8, (i, _) => StandardNumber(i.Criterion)?.ToString(CultureInfo.InvariantCulture)),
        new("targetLevel", "Mức cần đạt", 0.7, (i, _) => i.TargetLevel is { } l ? $"Mức {l}" : null),
        new("criterion", "Tiêu chí", 1.6, (i, c) => CriterionText(i, c, withTitle: true)),
        new("criterionCode", "Tiêu chí", 0.7, (i, c) => CriterionText(i, c, withTitle: false)),
        new("criterionTitle", "Tên tiêu chí", 1.5, (i, c) => CriterionTitle(i, c)),
        new("weakness", "Điểm yếu", 1.8, (i, _) => i.Weakness),
        new("targetResult", "Kết quả cần đạt", 1.9, (i, _) => i.TargetResult),
        new("tasks", "Công việc/giải pháp", 3, (i, _) => i.Tasks),
        new("measures", "Biện pháp thực hiện", 2.5, (i, _) => i.Measures, "Biện pháp: "),
        new("lead", "Chủ trì", 1.3, (i, _) => i.Lead),
        new("coordinators", "Phối hợp", 1.2, (i, _) => i.Coordinators, "Phối hợp: "),
        new("timeText", "Thời gian", 1.2, (i, _) => i.TimeText),
        new("time", "Thời gian", 1.2, (i, _) => TimeText(i)),
        new("start", "Thời gian bắt đầu", 1.3, (i, _) => i.Start is { } s ? MonthText(s) : i.End is null ? i.TimeText : null),
        new("end", "Thời gian kết thúc", 1.3, (i, _) => i.End is { } e ? MonthText(e) : null),
        new("recurrence", "Tần suất", 0.9, (i, _) => i.Recurrence is null ? null : Recurrences.DisplayName(i.Recurrence)),
        new("budgetText", "Dự kiến kinh phí", 1.1, (i, _) => i.BudgetText),
        new("budgetVnd", "Kinh phí (đồng)", 1, (i, _) => i.BudgetVnd?.ToString("#,##0", VietnameseNumbers)),
        new("fundingSource", "Nguồn kinh phí", 1, (i, _) => i.FundingSource, "Nguồn: "),
        new("support", "Điều kiện hỗ trợ khác", 1.5, (i, _) => i.Support),
        new("evidence", "Sản phẩm/minh chứng", 1.6, (i, _) => i.Evidence),
        new("notes", "Ghi chú", 1.1, (i, _) => i.Notes),
        new("resultIndicator", "Chỉ báo kết quả", 1.3, (i, _) => i.ResultIndicator),
        new("progress", "Mức độ thực hiện", 1, (_, _) => null),
    ];

    private static readonly Dictionary<string, Field> ByKey = All.ToDictionary(f => f.Key, StringComparer.OrdinalIgnoreCase);

    /// <summary>Framework shorthand keys and the fields they stand for when the set does not list the second
    /// field on its own: "tasks" also shows measures, "lead" coordinators, "budget" the funding source.</summary>
    private static readonly Dictionary<string, (string Key, string[] Fields, string Header)> Composites = new(StringComparer.OrdinalIgnoreCase)
    {
        ["tasks"] = ("tasks", ["tasks", "measures"], "Công việc/giải pháp"),
        ["lead"] = ("lead", ["lead", "coordinators"], "Chủ trì và phối hợp"),
        ["budget"] = ("budget", ["budgetText", "fundingSource"], "Dự kiến kinh phí và nguồn"),
    };

    public static Field? Find(string key) => ByKey.GetValueOrDefault(key);

    public static bool IsKnown(string key) => ByKey.ContainsKey(key) || Composites.ContainsKey(key);

    /// <summary>The atomic fields and default header a key stands for, given the other keys of the same set.</summary>
    public static (IReadOnlyList<string> Fields, string Header, double Width)? Expand(string key, IReadOnlySet<string> keysInSet)
    {
        if (Composites.TryGetValue(key, out var composite))
        {
            var fields = composite.Fields.Where((f, index) => index == 0 || !keysInSet.Contains(f)).ToList();
            var header = fields.Count == composite.Fields.Length ? composite.Header : ByKey[fields[0]].Header;
            if (composite.Key == "budget" && fields.Count == 1) header = "Dự kiến kinh phí";
            return (fields, header, ByKey[fields[0]].Width + (fields.Count > 1 ? 0.2 : 0));
        }
        return ByKey.TryGetValue(key, out var field) ? ([field.Key], field.Header, field.Width) : null;
    }

    public static int? StandardNumber(string criterion)
    {
        var dot = criterion.IndexOf('.');
        return dot > 0 && int.TryParse(criterion[..dot], NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : null;
    }

    /// <summary>"2024-09" → "09/2024".</summary>
    public static string MonthText(string yearMonth) =>
        yearMonth.Length == 7 ? $"{yearMonth[5..]}/{yearMonth[..4]}" : yearMonth;

    private static string? TimeText(PlanItem item)
    {
        if (!string.IsNullOrWhiteSpace(item.TimeText)) return item.TimeText;
        if (item.Start is null && item.End is null) return null;
        if (item.Start == item.End || item.End is null) return "Tháng " + MonthText(item.Start!);
        return item.Start is null ? $"Đến {MonthText(item.End)}" : $"Từ {MonthText(item.Start)} đến {MonthText(item.End)}";
    }

    private static string? CriterionTitle(PlanItem item, PlanFieldContext context) =>
        !string.IsNullOrWhiteSpace(item.CriterionTitleAsWritten) ? item.CriterionTitleAsWritten
        : context.Options.CriterionTitles?.GetValueOrDefault(item.Criterion);

    private static string? CriterionText(PlanItem item, PlanFieldContext context, bool withTitle)
    {
        if (string.IsNullOrWhiteSpace(item.Criterion)) return withTitle ? CriterionTitle(item, context) : null;
        var title = withTitle ? CriterionTitle(item, context) : null;
        return title is null ? $"Tiêu chí {item.Criterion}" : $"Tiêu chí {item.Criterion}: {title}";
    }
}

public sealed record PlanFieldContext(DocumentOptions Options, int RowNumber);
