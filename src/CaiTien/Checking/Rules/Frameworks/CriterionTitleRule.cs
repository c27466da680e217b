using CaiTien.Checking.Text;
using CaiTien.Documents.Interchange;

namespace CaiTien.Checking.Rules.Frameworks;

/// <summary>A criterion title as written compared with the framework's title for that code. Same wording (tone marks
/// and asides ignored) is fine; a known variant or a shortened title is an info; another level's title for that
/// code, or another criterion's title, is an error; any other wording a warning.</summary>
public sealed class CriterionTitleRule : ICheckRule
{
    public IReadOnlyList<string> Names { get; } = ["criterion-title-variant", "criterion-title-other-level", "criterion-title-mismatch"];

    public IEnumerable<Finding> Run(CheckContext context)
    {
        if (context.Framework is not { } framework) yield break;
        for (var i = 0; i < context.Items.Count; i++)
        {
            var item = context.Items[i];
            if (CheckContext.IsBlank(item.CriterionTitleAsWritten) || framework.FindCriterion(item.Criterion) is not { } criterion) continue;
            var written = item.CriterionTitleAsWritten!;
            var where = FindingLocation.ItemField(i, item.Criterion, "criterionTitleAsWritten");
            var kind = TitleMatch.Compare(written, criterion.Title, criterion.TitleVariants);
            if (kind == TitleMatchKind.Exact) continue;
            if (kind is TitleMatchKind.Variant or TitleMatchKind.Truncation or TitleMatchKind.Close)
            {
                yield return new Finding(Names[0], Severities.Info, where,
                    $"Tên tiêu chí {item.Criterion} {VietnameseText.Quote(written)} viết {(kind == TitleMatchKind.Truncation ? "thiếu so với" : "khác")} tên trong Thông tư {framework.Circular}: “{criterion.Title}”.",
                    $"Ghi đúng tên tiêu chí: “{criterion.Title}”.");
                continue;
            }
            var other = context.OtherFrameworks
                .Select(f => (Framework: f, Criterion: f.FindCriterion(item.Criterion)))
                .FirstOrDefault(x => x.Criterion is not null && TitleMatch.IsSameOrShortened(TitleMatch.Compare(written, x.Criterion.Title, x.Criterion.TitleVariants)));
            if (other.Criterion is not null)
            {
                yield return new Finding(Names[1], Severities.Error, where,
                    $"Tên tiêu chí {item.Criterion} {VietnameseText.Quote(written)} là tên trong Thông tư {other.Framework.Circular} ({LevelName(other.Framework)}), không phải của Thông tư {framework.Circular} mà kế hoạch áp dụng.",
                    $"Ghi đúng tên tiêu chí {item.Criterion}: “{criterion.Title}”.");
                continue;
            }
            var sibling = framework.Criteria.FirstOrDefault(c => c.Code != item.Criterion && TitleMatch.IsSameOrShortened(TitleMatch.Compare(written, c.Title, c.TitleVariants)));
            yield return sibling is not null
                ? new Finding(Names[2], Severities.Error, where,
                    $"Dòng ghi tiêu chí {item.Criterion} nhưng tên {VietnameseText.Quote(written)} là của tiêu chí {sibling.Code}.",
                    $"Sửa mã tiêu chí thành {sibling.Code}, hoặc sửa tên thành “{criterion.Title}”.")
                : new Finding(Names[2], Severities.Warning, where,
                    $"Tên tiêu chí {item.Criterion} {VietnameseText.Quote(written)} khác tên trong Thông tư {framework.Circular}: “{criterion.Title}”.",
                    $"Ghi đúng tên tiêu chí: “{criterion.Title}”.");
        }
    }

    internal static string LevelName(Catalogs.Framework f) => string.Join(", ", f.SchoolLevels.Select(l => SchoolLevels.DisplayName(l).ToLowerInvariant()));
}
