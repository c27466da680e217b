using CaiTien.Documents.Interchange;

namespace CaiTien.Checking.Rules.Frameworks;

/// <summary>Criterion codes (in rows, weak criteria and targets) that the plan's framework does not have.</summary>
public sealed class UnknownCriterionRule : ICheckRule
{
    public IReadOnlyList<string> Names { get; } = ["criterion-not-in-framework", "framework-unknown"];

    public IEnumerable<Finding> Run(CheckContext context)
    {
        if (context.Framework is not { } framework)
        {
            yield return new Finding(Names[1], Severities.Warning, FindingLocation.Header("framework"),
                $"Không xác định được bộ tiêu chuẩn của kế hoạch (\"{context.Plan.Framework}\").",
                "Ghi thông tư kiểm định áp dụng, ví dụ 17/2018/TT-BGDĐT cho trường tiểu học.");
            yield break;
        }
        var name = $"Thông tư {framework.Circular} ({SchoolLevels.DisplayName(framework.SchoolLevels.FirstOrDefault() ?? "")})";
        for (var i = 0; i < context.Items.Count; i++)
        {
            var code = context.Items[i].Criterion;
            if (framework.FindCriterion(code) is null)
                yield return new Finding(Names[0], Severities.Error, FindingLocation.ItemField(i, code, "criterion"),
                    $"Tiêu chí {code} không có trong {name}.", Suggest(framework, code));
        }
        var weak = context.Plan.SelfAssessment?.WeakCriteria ?? [];
        foreach (var code in weak.Where(c => framework.FindCriterion(c) is null))
            yield return new Finding(Names[0], Severities.Error, new FindingLocation(Sections.SelfAssessment, null, code, "weakCriteria"),
                $"Tiêu chí {code} (trong danh sách tiêu chí còn yếu) không có trong {name}.", Suggest(framework, code));
        foreach (var code in (context.Plan.TargetCriteria ?? []).Where(c => framework.FindCriterion(c) is null))
            yield return new Finding(Names[0], Severities.Error, FindingLocation.Header("targetCriteria"),
                $"Tiêu chí {code} (trong chỉ tiêu phấn đấu) không có trong {name}.", Suggest(framework, code));
    }

    private static string Suggest(Catalogs.Framework framework, string code)
    {
        var standard = int.TryParse(code.Split('.')[0], out var n) ? framework.FindStandard(n) : null;
        return standard is null
            ? $"Bộ tiêu chuẩn có {framework.Standards.Count} tiêu chuẩn; kiểm tra lại mã tiêu chí."
            : $"Tiêu chuẩn {n} có các tiêu chí {string.Join(", ", standard.Criteria.Select(c => c.Code))}.";
    }
}
