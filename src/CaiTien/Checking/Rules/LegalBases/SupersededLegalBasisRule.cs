using CaiTien.Catalogs;
using CaiTien.Checking.Text;

namespace CaiTien.Checking.Rules.LegalBases;

/// <summary>A cited document that had been replaced before the plan's school year began (its replacement was
/// issued by then) or that no longer applies from a given school year. Severity follows how sure the catalog is
/// about the replacement.</summary>
public sealed class SupersededLegalBasisRule : ICheckRule
{
    public IReadOnlyList<string> Names { get; } = ["superseded-legal-basis"];

    public IEnumerable<Finding> Run(CheckContext context)
    {
        if (context.SchoolYear is not { } year) yield break;
        var bases = context.Plan.LegalBases ?? [];
        for (var i = 0; i < bases.Count; i++)
        {
            var analysis = context.Citations(i);
            var where = new FindingLocation(Sections.LegalBases, i, null, "text");
            foreach (var document in analysis.Cited.Select(c => c.Document).OfType<LegalDocument>().DistinctBy(d => d.Number))
            {
                if (SchoolYearSpan.Parse(document.ObsoleteFromSchoolYear) is { } from && from.FirstYear <= year.FirstYear
                    && document.AppliesToLevel(context.SchoolLevel))
                {
                    var replacement = document.SupersededBy is null ? "" : $" (đã được thay bằng {document.SupersededBy})";
                    yield return new Finding(Names[0], ConfidenceSeverity.Of(document.SupersessionConfidence), where,
                        $"{document.Kind} {document.Number} không còn áp dụng cho trường {Documents.Interchange.SchoolLevels.DisplayName(context.SchoolLevel).ToLowerInvariant()} từ năm học {from.Label}{replacement}.",
                        document.SupersededBy is null ? "Bỏ căn cứ này." : $"Bỏ căn cứ này; căn cứ {document.SupersededBy}.");
                    continue;
                }
                if (document.SupersededBy is null || context.LegalDocuments.Find(document.SupersededBy) is not { Date: { } replacedOn } replacement2) continue;
                if (replacedOn > year.FirstDay) continue;
                yield return new Finding(Names[0], ConfidenceSeverity.Of(document.SupersessionConfidence), where,
                    $"{document.Kind} {document.Number} đã được thay thế bởi {replacement2.Kind.ToLowerInvariant()} {replacement2.Number} ngày {replacedOn:dd/MM/yyyy} ({replacement2.Title}), trước năm học {year.Label}.",
                    $"Thay căn cứ này bằng {replacement2.Kind.ToLowerInvariant()} {replacement2.Number}.");
            }
        }
    }
}
