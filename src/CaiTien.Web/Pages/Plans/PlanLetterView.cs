using CaiTien.Catalogs;
using CaiTien.Documents.Interchange;

namespace CaiTien.Web.Pages.Plans;

/// <summary>What the letter view needs: the plan as written plus its framework for titles and grouping.</summary>
public sealed record PlanLetterView(PlanDocument Doc, Framework? Framework)
{
    public sealed record Column(string Header, Func<PlanItem, string?> Value);

    public sealed record Group(string? LevelHeading, string? StandardHeading, IReadOnlyList<(int Index, PlanItem Item)> Rows);

    private static readonly Column[] AllColumns =
    [
        new("Điểm yếu", i => i.Weakness),
        new("Kết quả cần đạt", i => i.TargetResult),
        new("Chỉ báo kết quả", i => i.ResultIndicator),
        new("Công việc/giải pháp", i => i.Tasks),
        new("Biện pháp thực hiện", i => i.Measures),
        new("Chủ trì", i => i.Lead),
        new("Phối hợp", i => i.Coordinators),
        new("Thời gian", i => i.TimeText),
        new("Dự kiến kinh phí", i => i.BudgetText),
        new("Nguồn kinh phí", i => i.FundingSource),
        new("Điều kiện hỗ trợ khác", i => i.Support),
        new("Sản phẩm/minh chứng", i => i.Evidence),
        new("Ghi chú", i => i.Notes),
    ];

    /// <summary>The framework's own printed columns when its data declares them (TT57 "Biểu 2"), else the 2018
    /// set less the columns this plan never fills (as the school's own table).</summary>
    public IReadOnlyList<Column> Columns { get; } = FrameworkColumns(Framework)
        ?? AllColumns.Where(c => Doc.Items.Any(i => !string.IsNullOrWhiteSpace(c.Value(i)))).ToList();

    private static IReadOnlyList<Column>? FrameworkColumns(Framework? framework)
    {
        if (framework is null || framework.PlanColumns.All(c => c.Header is null)) return null;
        return framework.PlanColumns
            .Where(c => c.Header is not null && !c.Fields.All(f => f is "index" or "criterion"))
            .Select(c => new Column(c.Header!, item => Join(c.Fields.Where(f => f != "criterion").Select(f => FieldText(item, f)))))
            .ToList();
    }

    private static string? FieldText(PlanItem item, string field) => field switch
    {
        "time" => item.TimeText,
        _ => PlanJson.TextFields(item).FirstOrDefault(t => t.Field == field).Value,
    };

    private static string? Join(IEnumerable<string?> parts)
    {
        var text = string.Join("\n", parts.Where(p => !string.IsNullOrWhiteSpace(p)));
        return text.Length == 0 ? null : text;
    }

    public string CriterionLabel(PlanItem item)
    {
        var title = item.CriterionTitleAsWritten ?? Framework?.FindCriterion(item.Criterion)?.Title;
        return title is null ? $"Tiêu chí {item.Criterion}" : $"{item.Criterion}: {title}";
    }

    public IReadOnlyList<Group> Groups()
    {
        var groups = new List<Group>();
        var rows = Doc.Items.Select((item, index) => (index, item)).ToList();
        int? level = null;
        string? standard = null;
        List<(int, PlanItem)>? current = null;
        foreach (var (index, item) in rows)
        {
            var standardHeading = item.StandardHeadingAsWritten ?? StandardTitle(item.Criterion);
            if (current is null || item.TargetLevel != level || standardHeading != standard)
            {
                var levelHeading = item.TargetLevel is { } l && l != level ? $"MỨC {l}" : null;
                current = [];
                groups.Add(new Group(levelHeading, standardHeading, current));
                level = item.TargetLevel;
                standard = standardHeading;
            }
            current.Add((index, item));
        }
        return groups;
    }

    private string? StandardTitle(string criterion)
    {
        var number = int.TryParse(criterion.Split('.')[0], out var n) ? n : 0;
        var s = Framework?.FindStandard(number);
        return s is null ? $"Tiêu chuẩn {number}" : $"Tiêu chuẩn {s.Number}: {s.Title}";
    }
}
