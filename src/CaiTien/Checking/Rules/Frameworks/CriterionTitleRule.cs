using System.Text.RegularExpressions;
using CaiTien.Checking.Text;
using CaiTien.Documents.Interchange;

namespace CaiTien.Checking.Rules.Frameworks;

/// <summary>A criterion title as written compared with the framework's title for that code. Same wording (tone marks
/// and asides ignored) is fine; a known variant or a shortened title is an info; another level's title for that
/// code, or another criterion's title, is an error; any other wording a warning.</summary>
/// <remarks>Titles listed in the self-assessment text ("Tiêu chí 3.4. Khu vệ sinh, …") are compared the same way.</remarks>
public sealed partial class CriterionTitleRule : ICheckRule
{
    public IReadOnlyList<string> Names { get; } = ["criterion-title-variant", "criterion-title-other-level", "criterion-title-mismatch"];

    public IEnumerable<Finding> Run(CheckContext context)
    {
        if (context.Framework is not { } framework) yield break;
        var titles = context.Items.Select((item, i) => (item.Criterion, Title: item.CriterionTitleAsWritten, Where: FindingLocation.ItemField(i, item.Criterion, "criterionTitleAsWritten")));
        var texts = context.Plan.SelfAssessment?.TextAsWritten ?? [];
        for (var t = 0; t < texts.Count; t++)
            foreach (Match m in Listed().Matches(texts[t] ?? ""))
                titles = titles.Append((m.Groups["code"].Value, (string?)m.Groups["title"].Value.Trim(), new FindingLocation(Sections.SelfAssessment, t, m.Groups["code"].Value, "textAsWritten")));
        foreach (var (code, title, where) in titles.ToList())
        {
            if (CheckContext.IsBlank(title) || framework.FindCriterion(code) is not { } criterion) continue;
            var written = title!;
            var kind = TitleMatch.Compare(written, criterion.Title, criterion.TitleVariants);
            if (kind == TitleMatchKind.Exact) continue;
            if (kind is TitleMatchKind.Variant or TitleMatchKind.Truncation or TitleMatchKind.Close)
            {
                yield return new Finding(Names[0], Severities.Info, where,
                    $"Tên tiêu chí {code} {VietnameseText.Quote(written)} viết {(kind == TitleMatchKind.Truncation ? "thiếu so với" : "khác")} tên trong Thông tư {framework.Circular}: “{criterion.Title}”.",
                    $"Ghi đúng tên tiêu chí: “{criterion.Title}”.");
                continue;
            }
            var other = context.OtherFrameworks
                .Select(f => (Framework: f, Criterion: f.FindCriterion(code)))
                .FirstOrDefault(x => x.Criterion is not null && TitleMatch.IsSameOrShortened(TitleMatch.Compare(written, x.Criterion.Title, x.Criterion.TitleVariants)));
            if (other.Criterion is not null)
            {
                yield return new Finding(Names[1], Severities.Error, where,
                    $"Tên tiêu chí {code} {VietnameseText.Quote(written)} là tên trong Thông tư {other.Framework.Circular} ({LevelName(other.Framework)}), không phải của Thông tư {framework.Circular} mà kế hoạch áp dụng.",
                    $"Ghi đúng tên tiêu chí {code}: “{criterion.Title}”.");
                continue;
            }
            var sibling = framework.Criteria.FirstOrDefault(c => c.Code != code && TitleMatch.IsSameOrShortened(TitleMatch.Compare(written, c.Title, c.TitleVariants)));
            yield return sibling is not null
                ? new Finding(Names[2], Severities.Error, where,
                    $"Dòng ghi tiêu chí {code} nhưng tên {VietnameseText.Quote(written)} là của tiêu chí {sibling.Code}.",
                    $"Sửa mã tiêu chí thành {sibling.Code}, hoặc sửa tên thành “{criterion.Title}”.")
                : new Finding(Names[2], Severities.Warning, where,
                    $"Tên tiêu chí {code} {VietnameseText.Quote(written)} khác tên trong Thông tư {framework.Circular}: “{criterion.Title}”.",
                    $"Ghi đúng tên tiêu chí: “{criterion.Title}”.");
        }
    }

    [GeneratedRegex(@"Tiêu chí\s+(?<code>\d\.\d{1,2})\s*[:.]?\s*(?<title>[^;\n]+)", RegexOptions.IgnoreCase)]
    private static partial Regex Listed();

    internal static string LevelName(Catalogs.Framework f) => string.Join(", ", f.SchoolLevels.Select(l => SchoolLevels.DisplayName(l).ToLowerInvariant()));
}
