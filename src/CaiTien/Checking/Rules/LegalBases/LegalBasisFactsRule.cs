using System.Globalization;
using CaiTien.Checking.Text;

namespace CaiTien.Checking.Rules.LegalBases;

/// <summary>A known document cited with another date than its own, or with the title of another document (the
/// level-bound case is left to circular-for-other-level), and the form of the basis line itself ("ngày ngày",
/// "Căn" without "cứ"). Severity follows the catalog's confidence.</summary>
public sealed class LegalBasisFactsRule : ICheckRule
{
    public IReadOnlyList<string> Names { get; } = ["legal-basis-wrong-date", "legal-basis-wrong-title", "legal-basis-wording"];

    public IEnumerable<Finding> Run(CheckContext context)
    {
        var bases = context.Plan.LegalBases ?? [];
        for (var i = 0; i < bases.Count; i++)
        {
            var text = bases[i].Text ?? "";
            var where = new FindingLocation(Sections.LegalBases, i, null, "text");
            var analysis = context.Citations(i);
            foreach (var (citation, document) in analysis.Cited.DistinctBy(c => c.Citation.Number))
            {
                if (document?.Date is not { } official || citation.Date is not { } written || written == official) continue;
                var severity = ConfidenceSeverity.Of(document.Confidence);
                if (severity == Severities.Info) continue;
                yield return new Finding(Names[0], severity, where,
                    $"{document.Kind} {document.Number} ban hành ngày {Vi(official)}, căn cứ ghi ngày {Vi(written)}.",
                    $"Sửa thành \"ngày {Vi(official)}\".");
            }
            if (analysis.ForeignTitle is { } foreign && analysis.Main is { } main && foreign.AppliesToLevel(context.SchoolLevel))
                yield return new Finding(Names[1], ConfidenceSeverity.Of(main.Confidence) == Severities.Info ? Severities.Info : Severities.Warning, where,
                    $"Căn cứ ghi số {main.Number} nhưng tên “{foreign.Title}” là của {foreign.Kind.ToLowerInvariant()} {foreign.Number}.",
                    $"Ghi đúng tên của {main.Number}: “{main.Title}”, hoặc đúng số của văn bản được nhắc tới.");
            if (analysis.Cited.Any(c => Citations.DoubledDateWord(c.Citation.DateText)))
                yield return new Finding(Names[2], Severities.Info, where, "Dòng căn cứ lặp chữ \"ngày ngày\".", "Bỏ một chữ \"ngày\".");
            var trimmed = text.TrimStart();
            if (trimmed.StartsWith("Căn ", StringComparison.OrdinalIgnoreCase) && !VietnameseText.Fold(trimmed).StartsWith("can cu ", StringComparison.Ordinal))
                yield return new Finding(Names[2], Severities.Info, where, "Dòng căn cứ bắt đầu bằng \"Căn\" thiếu chữ \"cứ\".", "Sửa thành \"Căn cứ …\".");
        }
    }

    private static string Vi(DateOnly date) => date.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);
}
