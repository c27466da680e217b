using System.Text.RegularExpressions;
using CaiTien.Checking.Text;

namespace CaiTien.Checking.Rules.Frameworks;

/// <summary>Standard headings as written ("Tiêu chuẩn 2: …", kept per row in standardHeadingAsWritten) compared with
/// the framework. Another level's title is an error when the rows under the heading include a criterion that the
/// other level's standard does not have (so the wording cannot cover them) or when it is not simply the plan's own
/// title cut short; a shortened own title is an info. Rows under a heading of another standard get a warning.</summary>
public sealed partial class StandardHeadingRule : ICheckRule
{
    public IReadOnlyList<string> Names { get; } = ["standard-title-variant", "standard-title-other-level", "standard-title-mismatch", "criterion-under-other-standard"];

    public IEnumerable<Finding> Run(CheckContext context)
    {
        if (context.Framework is not { } framework) yield break;
        foreach (var group in Groups(context))
        {
            var heading = context.Items[group[0]].StandardHeadingAsWritten!;
            var m = Heading().Match(heading);
            if (!m.Success || !VietnameseText.Fold(m.Groups["word"].Value).StartsWith("tieu chuan", StringComparison.Ordinal)) continue;
            var number = int.Parse(m.Groups["n"].Value);
            var title = m.Groups["title"].Value.Trim();
            var first = group[0];
            var where = FindingLocation.ItemField(first, context.Items[first].Criterion, "standardHeadingAsWritten");
            var codes = group.Select(i => context.Items[i].Criterion).Where(c => c.Split('.')[0] == number.ToString()).ToList();

            foreach (var i in group.Where(i => framework.FindCriterion(context.Items[i].Criterion) is { } c && c.StandardNumber != number))
                yield return new Finding(Names[3], Severities.Info, FindingLocation.ItemField(i, context.Items[i].Criterion, "criterion"),
                    $"Tiêu chí {context.Items[i].Criterion} nằm dưới tiêu đề \"Tiêu chuẩn {number}\" (thiếu tiêu đề Tiêu chuẩn {context.Items[i].Criterion.Split('.')[0]}?).",
                    $"Thêm tiêu đề Tiêu chuẩn {context.Items[i].Criterion.Split('.')[0]} hoặc đưa dòng này về đúng tiêu chuẩn.");

            if (framework.FindStandard(number) is not { } standard || title.Length == 0) continue;
            var own = TitleMatch.Compare(title, standard.Title);
            if (own is TitleMatchKind.Exact) continue;

            var other = context.OtherFrameworks
                .Select(f => (Framework: f, Standard: f.FindStandard(number)))
                .FirstOrDefault(x => x.Standard is not null
                    && VietnameseText.Fold(x.Standard.Title) != VietnameseText.Fold(standard.Title)
                    && TitleMatch.IsSameOrShortened(TitleMatch.Compare(title, x.Standard.Title)));
            if (other.Standard is not null)
            {
                var uncovered = codes.Where(code => other.Standard.Criteria.All(c => c.Code != code)).Distinct().ToList();
                if (own is not TitleMatchKind.Truncation || uncovered.Count > 0)
                {
                    var why = uncovered.Count > 0
                        ? $" Tiêu chuẩn đó không có tiêu chí {string.Join(", ", uncovered)} mà kế hoạch xếp dưới tiêu đề này."
                        : "";
                    yield return new Finding(Names[1], Severities.Error, where,
                        $"Tiêu đề \"Tiêu chuẩn {number}: {title}\" là tên tiêu chuẩn {number} của Thông tư {other.Framework.Circular} ({CriterionTitleRule.LevelName(other.Framework)}), không phải của Thông tư {framework.Circular}.{why}",
                        $"Ghi đúng tên: “Tiêu chuẩn {number}: {standard.Title}”.");
                    continue;
                }
            }
            if (own is TitleMatchKind.Truncation or TitleMatchKind.Close)
                yield return new Finding(Names[0], Severities.Info, where,
                    $"Tên tiêu chuẩn {number} \"{title}\" viết khác tên trong Thông tư {framework.Circular}: “{standard.Title}”.",
                    $"Ghi đúng tên: “{standard.Title}”.");
            else
                yield return new Finding(Names[2], Severities.Warning, where,
                    $"Tên tiêu chuẩn {number} \"{title}\" khác tên trong Thông tư {framework.Circular}: “{standard.Title}”.",
                    $"Ghi đúng tên: “{standard.Title}”.");
        }
    }

    /// <summary>Runs of consecutive rows under the same heading text.</summary>
    private static List<List<int>> Groups(CheckContext context)
    {
        var groups = new List<List<int>>();
        string? current = null;
        for (var i = 0; i < context.Items.Count; i++)
        {
            var heading = context.Items[i].StandardHeadingAsWritten;
            if (CheckContext.IsBlank(heading)) { current = null; continue; }
            if (heading != current) groups.Add([]);
            groups[^1].Add(i);
            current = heading;
        }
        return groups;
    }

    [GeneratedRegex(@"^\s*(?<word>\S+\s+\S+)\s*(?<n>\d+)\s*[:.\-–]?\s*(?<title>.*)$", RegexOptions.Singleline)]
    private static partial Regex Heading();
}
