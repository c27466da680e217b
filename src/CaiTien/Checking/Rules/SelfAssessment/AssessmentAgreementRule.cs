namespace CaiTien.Checking.Rules.SelfAssessment;

/// <summary>The plan and the self-assessment report of the same year must agree: a weakness written in the report that
/// no plan row addresses, and a plan row for a criterion the report rates as fully met with no weakness.</summary>
public sealed class AssessmentAgreementRule : ICheckRule
{
    public IReadOnlyList<string> Names { get; } = ["report-weakness-without-row", "row-for-fully-met-criterion"];

    public IEnumerable<Finding> Run(CheckContext context)
    {
        if (context.Assessment is not { } assessment) yield break;
        var rows = context.Items.Select(i => i.Criterion).ToHashSet();
        foreach (var (code, facts) in assessment.Criteria)
        {
            if (string.IsNullOrWhiteSpace(facts.Weakness) || rows.Contains(code)) continue;
            yield return new Finding(Names[0], Severities.Warning, new FindingLocation(Sections.SelfAssessment, null, code, "weaknesses"),
                $"Báo cáo tự đánh giá năm học {assessment.SchoolYear} ghi điểm yếu của tiêu chí {code} (“{Short(facts.Weakness)}”) nhưng kế hoạch không có dòng nào cho tiêu chí này.",
                $"Thêm dòng cải tiến cho tiêu chí {code} (có thể dùng “Tạo kế hoạch cải tiến” ở trang tự đánh giá), hoặc xóa điểm yếu nếu đã khắc phục.");
        }
        for (var i = 0; i < context.Items.Count; i++)
        {
            var code = context.Items[i].Criterion;
            if (code is null || !assessment.Criteria.TryGetValue(code, out var facts)) continue;
            if (!facts.Rated || facts.Level < facts.HighestLevel || !string.IsNullOrWhiteSpace(facts.Weakness)) continue;
            yield return new Finding(Names[1], Severities.Warning, FindingLocation.ItemField(i, code, "criterion"),
                $"Dòng {i + 1} cải tiến tiêu chí {code}, nhưng báo cáo tự đánh giá năm học {assessment.SchoolYear} đánh giá tiêu chí này đạt Mức {facts.Level} (mức cao nhất) và không ghi điểm yếu.",
                $"Ghi điểm yếu của tiêu chí {code} trong phiếu đánh giá tiêu chí, hoặc bỏ dòng này khỏi kế hoạch.");
        }
    }

    private static string Short(string text)
    {
        var line = text.Replace("\r", " ").Replace("\n", " ").Trim();
        return line.Length <= 80 ? line : line[..77] + "…";
    }
}
