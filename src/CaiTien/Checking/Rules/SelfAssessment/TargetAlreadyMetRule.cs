using System.Text.RegularExpressions;
using CaiTien.Checking.Text;
using CaiTien.Documents.Interchange;

namespace CaiTien.Checking.Rules.SelfAssessment;

/// <summary>A row aims to "đạt mức N" while the self-assessment says every criterion already meets level N.</summary>
public sealed partial class TargetAlreadyMetRule : ICheckRule
{
    public IReadOnlyList<string> Names { get; } = ["target-already-met"];

    public IEnumerable<Finding> Run(CheckContext context)
    {
        var levels = context.Plan.SelfAssessment?.CriteriaAtLevel;
        if (levels is null) yield break;
        for (var i = 0; i < context.Items.Count; i++)
        {
            var item = context.Items[i];
            var target = VietnameseText.Fold(item.TargetResult);
            var m = Reach().Match(target);
            if (!m.Success || Keep().IsMatch(target)) continue;
            var key = m.Groups["n"].Value;
            if (!levels.TryGetValue(key, out var count) || count is null || count.Total <= 0 || count.Met < count.Total) continue;
            yield return new Finding(Names[0], Severities.Warning, FindingLocation.ItemField(i, item.Criterion, "targetResult"),
                $"Tiêu chí {item.Criterion}: mục tiêu \"{item.TargetResult}\" đã đạt — kết quả tự đánh giá ghi {count.Met}/{count.Total} tiêu chí đạt Mức {key}.",
                $"Ghi mục tiêu cao hơn (Mức {int.Parse(key) + 1}) hoặc \"Duy trì Mức {key}\" kèm kết quả cụ thể.");
        }
    }

    [GeneratedRegex(@"\bdat muc (?<n>\d)\b")]
    private static partial Regex Reach();

    [GeneratedRegex(@"\b(?:duy tri|giu vung|cung co)\b")]
    private static partial Regex Keep();
}
