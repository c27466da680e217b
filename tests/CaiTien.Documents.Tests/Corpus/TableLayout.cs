using CaiTien.Documents.Interchange;

namespace CaiTien.Documents.Tests.Corpus;

/// <summary>How a variant lays out the plan table. Fields name <see cref="PlanItem"/> properties (camelCase) plus
/// "stt" (a TT column numbered 1, 2, …) and "blank" (an empty column without a header).</summary>
public sealed record TableLayout
{
    public required IReadOnlyList<string> Fields { get; init; }
    public IReadOnlyDictionary<string, string> Headers { get; init; } = new Dictionary<string, string>();

    /// <summary>"full": "Tiêu chí 1.1: Title"; "code": "1.1. Title"; "withinStandard": "Tiêu chí 1: Title" under standard rows.</summary>
    public string CriterionStyle { get; init; } = "full";
    public bool TwoRowHeader { get; init; }
    public bool NumberingRow { get; init; }
    public bool StandardRows { get; init; }
    public bool StandardColumn { get; init; }
    public int? SplitAfterItem { get; init; }
    public bool RepeatHeaderOnSplit { get; init; }
    public bool MarkRepeatedHeader { get; init; }
    public bool HeaderCopyMidTable { get; init; }
    public bool ContinueRow { get; init; }
    public bool ContinueRowIntoNextTable { get; init; }
    public bool ResultsTableBefore { get; init; }
    public bool TablesAfter { get; init; }
    public bool LineBreaks { get; init; }
    public bool TitleRowInTable { get; init; }
    public bool RomanStandardRows { get; init; }
    public bool MergeSameCriterion { get; init; }
    public bool PeopleGroupHeader { get; init; }

    /// <summary>Where the end of the last row's tasks cell is printed after a page break left it out of the
    /// table: "afterTable" (the first paragraph after it) or "underRole" (under the first role line).</summary>
    public string? PieceAfterTable { get; init; }

    public static readonly IReadOnlyDictionary<string, string> DefaultHeaders = new Dictionary<string, string>
    {
        ["stt"] = "TT", ["criterion"] = "Tiêu chuẩn, tiêu chí", ["standard"] = "Tiêu chuẩn", ["weakness"] = "Điểm yếu",
        ["targetResult"] = "Kết quả cần đạt", ["tasks"] = "Công việc/giải pháp cần thực hiện", ["measures"] = "Biện pháp thực hiện",
        ["lead"] = "Chủ trì", ["coordinators"] = "Phối hợp", ["timeText"] = "Thời gian thực hiện", ["budgetText"] = "Dự kiến kinh phí",
        ["fundingSource"] = "Nguồn kinh phí", ["support"] = "Điều kiện hỗ trợ khác", ["evidence"] = "Sản phẩm/minh chứng",
        ["notes"] = "Ghi chú", ["resultIndicator"] = "Chỉ báo kết quả", ["blank"] = "",
        ["monitoring"] = "Kết quả thực hiện", ["progress"] = "Mức độ thực hiện",
    };

    public string Header(string field) => Headers.TryGetValue(field, out var h) ? h : DefaultHeaders[field];

    /// <summary>The plan's own fields in the usual order: every field some row fills, the criterion first.</summary>
    public static List<string> UsualFields(PlanDocument plan)
    {
        var order = new[] { "criterion", "weakness", "targetResult", "tasks", "measures", "resultIndicator", "lead", "coordinators", "timeText", "budgetText", "fundingSource", "support", "evidence", "notes" };
        return order.Where(f => f == "criterion" || plan.Items.Any(i => Value(i, f) is not null)).ToList();
    }

    public static string? Value(PlanItem item, string field) => field switch
    {
        "weakness" => item.Weakness, "targetResult" => item.TargetResult, "tasks" => item.Tasks, "measures" => item.Measures,
        "lead" => item.Lead, "coordinators" => item.Coordinators, "timeText" => item.TimeText, "budgetText" => item.BudgetText,
        "fundingSource" => item.FundingSource, "support" => item.Support, "evidence" => item.Evidence, "notes" => item.Notes,
        "resultIndicator" => item.ResultIndicator, _ => null,
    };

    public string CriterionCell(PlanItem item)
    {
        var title = item.CriterionTitleAsWritten;
        var within = item.Criterion[(item.Criterion.IndexOf('.') + 1)..];
        return CriterionStyle switch
        {
            "code" => title is null ? item.Criterion : $"{item.Criterion}. {title}",
            "withinStandard" => title is null ? $"Tiêu chí {within}" : $"Tiêu chí {within}: {title}",
            _ => title is null ? $"Tiêu chí {item.Criterion}" : $"Tiêu chí {item.Criterion}: {title}",
        };
    }
}
