using CaiTien.Checking.Text;

namespace CaiTien.Checking.Rules.Frameworks;

/// <summary>A criterion code used for several rows is normal (sub-rows per weakness). A repeated row whose content
/// matches another criterion of the framework far better than its own may carry the wrong code. Word overlap with
/// the framework's wording is a weak signal (schools describe the same work in many ways), so this is an info.</summary>
public sealed class RepeatedCriterionContentRule : ICheckRule
{
    /// <summary>The other criterion must score at least this many times the row's own criterion…</summary>
    public const double Dominance = 3.0;

    /// <summary>…and reach this absolute score (sum of pair weights), so thin rows are left alone.</summary>
    public const double MinimumScore = 12.0;

    public IReadOnlyList<string> Names { get; } = ["repeated-criterion-content"];

    public IEnumerable<Finding> Run(CheckContext context)
    {
        if (context.Framework is not { } framework) yield break;
        var repeated = context.Items.GroupBy(i => i.Criterion).Where(g => g.Count() > 1).Select(g => g.Key).ToHashSet();
        if (repeated.Count == 0) yield break;
        var index = CriterionIndex.For(framework);
        for (var i = 0; i < context.Items.Count; i++)
        {
            var item = context.Items[i];
            if (!repeated.Contains(item.Criterion) || framework.FindCriterion(item.Criterion) is null) continue;
            var text = VietnameseText.Fold(string.Join(" ", item.Weakness, item.TargetResult, item.Tasks, item.Measures));
            var ranking = index.Rank(text);
            var own = ranking.First(r => r.Code == item.Criterion).Score;
            var best = ranking[0];
            if (best.Code == item.Criterion || best.Score < MinimumScore || best.Score < Dominance * Math.Max(own, 1)) continue;
            var title = framework.FindCriterion(best.Code)!.Title;
            yield return new Finding(Names[0], Severities.Info, FindingLocation.ItemField(i, item.Criterion, "criterion"),
                $"Tiêu chí {item.Criterion} có nhiều dòng; nội dung dòng này gần với tiêu chí {best.Code} (“{title}”) hơn.",
                $"Kiểm tra lại: có phải dòng này thuộc tiêu chí {best.Code}?");
        }
    }
}
