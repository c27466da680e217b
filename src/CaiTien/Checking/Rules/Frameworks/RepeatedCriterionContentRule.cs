using CaiTien.Checking.Text;

namespace CaiTien.Checking.Rules.Frameworks;

/// <summary>A criterion code used for several rows is normal (sub-rows per weakness). A repeated row whose content
/// matches another criterion of the framework far better than its own may carry the wrong code. Word overlap with
/// the framework's wording is a weak signal (schools describe the same work in many ways), so this is an info. The
/// expected result decides first: it says what the row is for, where tasks wander.</summary>
public sealed class RepeatedCriterionContentRule : ICheckRule
{
    /// <summary>The other criterion must score at least this many times the row's own criterion…</summary>
    public const double Dominance = 3.0;

    /// <summary>…and reach this absolute score (sum of pair weights), so thin rows are left alone.</summary>
    public const double MinimumScore = 12.0;

    /// <summary>The expected result alone names what the row is for, so a lower score decides when it is that clear.</summary>
    public const double MinimumTargetScore = 10.0;

    public IReadOnlyList<string> Names { get; } = ["repeated-criterion-content"];

    public IEnumerable<Finding> Run(CheckContext context)
    {
        if (context.Framework is not { } framework) yield break;
        var repeated = context.Items.GroupBy(i => i.Criterion).Where(g => g.Count() > 1).Select(g => g.Key).ToHashSet();
        if (repeated.Count == 0) yield break;
        var index = CriterionIndex.For(framework);
        var seen = new HashSet<string>();
        for (var i = 0; i < context.Items.Count; i++)
        {
            var item = context.Items[i];
            // The first row of a code is taken as the school meant it; a later row is the one that may be misfiled.
            if (!repeated.Contains(item.Criterion) || seen.Add(item.Criterion) || framework.FindCriterion(item.Criterion) is null) continue;
            var byTarget = Better(index, item.Criterion, item.TargetResult, MinimumTargetScore);
            var better = byTarget ?? Better(index, item.Criterion, string.Join(" ", item.Weakness, item.TargetResult, item.Tasks, item.Measures), MinimumScore);
            if (better is null) continue;
            var title = framework.FindCriterion(better)!.Title;
            var why = byTarget is null ? "nội dung dòng này" : $"kết quả cần đạt {VietnameseText.Quote(item.TargetResult)}";
            yield return new Finding(Names[0], Severities.Info, FindingLocation.ItemField(i, item.Criterion, "criterion"),
                $"Tiêu chí {item.Criterion} có nhiều dòng; {why} gần với tiêu chí {better} (“{title}”) hơn.",
                $"Kiểm tra lại: có phải dòng này thuộc tiêu chí {better}?");
        }
    }

    /// <summary>The criterion the text fits far better than the row's own, if any (abbreviations spelled out first).</summary>
    private static string? Better(CriterionIndex index, string own, string? text, double minimum)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        var ranking = index.Rank(VietnameseText.Fold(Abbreviations.Expand(text)));
        var ownScore = ranking.First(r => r.Code == own).Score;
        var best = ranking[0];
        return best.Code == own || best.Score < minimum || best.Score < Dominance * Math.Max(ownScore, 1) ? null : best.Code;
    }
}
