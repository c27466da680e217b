using CaiTien.Documents.Interchange;

namespace CaiTien.Checking.Rules.SelfAssessment;

/// <summary>Criteria the plan names as weak must be worked on: each needs a row in the table and, when the plan lists
/// its targets (chỉ tiêu phấn đấu), a place in that list.</summary>
public sealed class WeakCriteriaCoverageRule : ICheckRule
{
    public IReadOnlyList<string> Names { get; } = ["weak-criterion-without-row", "weak-criterion-not-targeted"];

    public IEnumerable<Finding> Run(CheckContext context)
    {
        var weak = context.Plan.SelfAssessment?.WeakCriteria;
        if (weak is null || weak.Count == 0) yield break;
        var rows = context.Items.Select(i => i.Criterion).ToHashSet();
        foreach (var code in weak.Distinct())
        {
            if (rows.Contains(code)) continue;
            var title = context.Framework?.FindCriterion(code)?.Title;
            yield return new Finding(Names[0], Severities.Warning, new FindingLocation(Sections.SelfAssessment, null, code, "weakCriteria"),
                $"Tiêu chí {code}{(title is null ? "" : $" (“{title}”)")} được nêu là còn yếu nhưng bảng kế hoạch không có dòng nào cho tiêu chí này.",
                $"Thêm dòng cải tiến cho tiêu chí {code}, hoặc bỏ tiêu chí khỏi danh sách tiêu chí còn yếu nếu đã khắc phục.");
        }
        if (context.Plan.TargetCriteria is not { } targets) yield break;
        var missing = weak.Distinct().Where(c => !targets.Contains(c)).ToList();
        if (missing.Count == 0) yield break;
        var withRows = missing.Where(rows.Contains).ToList();
        yield return new Finding(Names[1], Severities.Warning, FindingLocation.Header("targetCriteria"),
            $"Chỉ tiêu phấn đấu không nêu {missing.Count} tiêu chí còn yếu: {string.Join(", ", missing)}" +
            (withRows.Count > 0 ? $" (dù {string.Join(", ", withRows)} có dòng trong bảng kế hoạch)." : "."),
            "Đưa các tiêu chí này vào chỉ tiêu phấn đấu cho khớp với danh sách tiêu chí còn yếu và bảng kế hoạch.");
    }
}
