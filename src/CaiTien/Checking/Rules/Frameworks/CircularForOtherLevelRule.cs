using CaiTien.Catalogs;
using CaiTien.Checking.Text;
using CaiTien.Documents.Interchange;

namespace CaiTien.Checking.Rules.Frameworks;

/// <summary>A plan that follows or cites a document for another school level: its framework circular is not for the
/// school's level, or a basis cites (by number, or by the title it writes) a level-bound document that does not
/// cover the school's level. Accreditation circulars give errors; other level-bound documents warnings.</summary>
public sealed class CircularForOtherLevelRule : ICheckRule
{
    public IReadOnlyList<string> Names { get; } = ["framework-level-mismatch", "circular-for-other-level"];

    public IEnumerable<Finding> Run(CheckContext context)
    {
        var level = context.SchoolLevel;
        var own = context.Registry.Find(context.Plan.Framework);
        if (own is not null && level != SchoolLevels.MultiLevel && !own.SchoolLevels.Contains(level))
            yield return new Finding(Names[0], Severities.Error, FindingLocation.Header("framework"),
                $"Kế hoạch của trường {SchoolLevels.DisplayName(level).ToLowerInvariant()} nhưng áp dụng Thông tư {own.Circular} ({CriterionTitleRule.LevelName(own)}).",
                context.Registry.ForLevel(level, own.Regime) is { } right ? $"Áp dụng Thông tư {right.Circular}." : null);
        if (level == SchoolLevels.MultiLevel) yield break;

        var bases = context.Plan.LegalBases ?? [];
        for (var i = 0; i < bases.Count; i++)
        {
            var analysis = context.Citations(i);
            var where = new FindingLocation(Sections.LegalBases, i, null, "text");
            var byNumber = analysis.Cited.Select(c => c.Document).FirstOrDefault(d => d is not null && !d.AppliesToLevel(level));
            var byTitle = analysis.TitledDocuments.FirstOrDefault(d => !d.AppliesToLevel(level) && LegalCitationAnalysis.TitleIdentifies(d)
                && (analysis.Main is null || !analysis.TitledDocuments.Contains(analysis.Main)));
            if (byNumber is not null)
                yield return new Finding(Names[1], SeverityFor(context, byNumber), where,
                    $"Căn cứ {byNumber.Kind.ToLowerInvariant()} {byNumber.Number} dành cho {LegalDocument.LevelNames(byNumber.Levels)}, không áp dụng cho trường {SchoolLevels.DisplayName(level).ToLowerInvariant()}.",
                    Replacement(context, byNumber));
            else if (byTitle is not null)
            {
                var cited = analysis.MainNumber is null ? "" : $" ghi số {analysis.MainNumber} nhưng";
                yield return new Finding(Names[1], SeverityFor(context, byTitle), where,
                    $"Căn cứ{cited} ghi tên “{byTitle.Title}” — là tên của {byTitle.Kind.ToLowerInvariant()} {byTitle.Number}, dành cho {LegalDocument.LevelNames(byTitle.Levels)}, không phải cho trường {SchoolLevels.DisplayName(level).ToLowerInvariant()}.",
                    analysis.Main is { } main ? $"Ghi đúng tên của {main.Number}: “{main.Title}”." : Replacement(context, byTitle));
            }
        }
    }

    private static string SeverityFor(CheckContext context, LegalDocument document) =>
        context.Registry.Find(document.Number) is not null ? Severities.Error : Severities.Warning;

    private static string? Replacement(CheckContext context, LegalDocument document)
    {
        if (context.Registry.Find(document.Number) is { } f && context.Registry.ForLevel(context.SchoolLevel, f.Regime) is { } right)
            return $"Trường {SchoolLevels.DisplayName(context.SchoolLevel).ToLowerInvariant()} căn cứ Thông tư {right.Circular}.";
        var same = context.LegalDocuments.All.FirstOrDefault(d => d.Kind == document.Kind && d.AppliesToLevel(context.SchoolLevel)
            && !d.Levels.Contains("all") && VietnameseText.WordOverlap(VietnameseText.Fold(d.Title), VietnameseText.Fold(document.Title)) >= 0.5);
        return same is null ? "Bỏ căn cứ này hoặc thay bằng văn bản cho đúng cấp học." : $"Có thể thay bằng {same.Kind.ToLowerInvariant()} {same.Number} ({same.Title}).";
    }
}
