using System.Globalization;
using CaiTien.Documents.Interchange;
using CaiTien.Documents.Letters;

namespace CaiTien.Documents.Export;

/// <summary>Turns a plan into the format-neutral letter: sections I. Mục đích, yêu cầu / II. Căn cứ / the
/// self-assessment summary / the plan table (landscape) / Tổ chức thực hiện, framed by the official letter.</summary>
public static class PlanLetterBuilder
{
    private const string DocumentType = "KẾ HOẠCH";

    public static LetterDocument Build(PlanDocument plan, DocumentOptions options, ICollection<string> warnings)
    {
        plan = TextNormalizer.Normalize(plan);
        var numbering = new SectionNumbering();
        var opening = new List<Block>();
        if (plan.Purposes.Count > 0)
        {
            opening.Add(Heading(numbering.Next("MỤC ĐÍCH, YÊU CẦU")));
            opening.AddRange(plan.Purposes.Select(p => Body("- " + p)));
        }
        if (plan.LegalBases.Count > 0)
        {
            opening.Add(Heading(numbering.Next("CĂN CỨ XÂY DỰNG KẾ HOẠCH")));
            opening.AddRange(plan.LegalBases.Select(b => Body("- " + b.Text)));
        }
        var assessment = SelfAssessmentLines(plan.SelfAssessment);
        if (assessment.Count > 0)
        {
            opening.Add(Heading(numbering.Next("KẾT QUẢ TỰ ĐÁNH GIÁ")));
            opening.AddRange(assessment.Select(Body));
        }

        var tableBlocks = new List<Block> { Heading(numbering.Next("KẾ HOẠCH CẢI TIẾN CHẤT LƯỢNG")) };
        if (plan.Items.Count == 0)
        {
            warnings.Add("Kế hoạch chưa có dòng nào trong bảng kế hoạch cải tiến.");
            tableBlocks.Add(Body("(Chưa có nội dung cải tiến.)"));
        }
        else
        {
            var set = ColumnSet.Choose(plan, options, warnings);
            tableBlocks.Add(PlanTableBuilder.Build(plan, set, options, warnings));
        }
        // A short opening would leave the first page nearly empty before the landscape table: the letter then
        // starts in landscape and the table follows the opening on the first page.
        var sections = OpeningText(opening) < ShortOpeningChars
            ? new List<LetterSection> { new(PageOrientation.Landscape, [.. opening, .. tableBlocks]) }
            : [new(PageOrientation.Portrait, opening), new(PageOrientation.Landscape, tableBlocks)];

        if (plan.Organization.Count > 0)
        {
            var organization = new List<Block> { Heading(numbering.Next("TỔ CHỨC THỰC HIỆN")) };
            for (var i = 0; i < plan.Organization.Count; i++)
            {
                var role = plan.Organization[i];
                organization.Add(Body($"{i + 1}. {role.Role}", bold: true) with { KeepWithNext = true });
                organization.AddRange(role.Duties.Select(d => Body("- " + d)));
            }
            sections.Add(new LetterSection(PageOrientation.Portrait, organization));
        }

        return OfficialLetterFrame.Compose(Letter(plan, options), sections, warnings);
    }

    /// <summary>About a third of a portrait page of body text: less than that, and the table joins the first page.</summary>
    public const int ShortOpeningChars = 900;

    private static int OpeningText(IEnumerable<Block> blocks) =>
        blocks.OfType<ParagraphBlock>().Sum(p => p.Spans.Sum(s => s.Text.Length) + 60);

    public static OfficialLetter Letter(PlanDocument plan, DocumentOptions options) => new()
    {
        GoverningBody = plan.School.GoverningBody,
        IssuerName = plan.School.Name,
        DocumentNumber = plan.DocumentNumber,
        TypeAbbreviation = "KH",
        Place = plan.School.Place,
        IssuedOn = plan.IssuedOn,
        DocumentType = DocumentType,
        Summary = Summary(plan),
        Recipients = plan.Recipients,
        Signer = plan.Signer is null ? null : new LetterSigner(plan.Signer.Title, plan.Signer.Name, options.SignerAuthority),
    };

    /// <summary>The title without its leading "KẾ HOẠCH", as the summary line under the type name.</summary>
    public static string Summary(PlanDocument plan)
    {
        var title = plan.Title?.Trim();
        if (string.IsNullOrEmpty(title))
            return plan.SchoolYear.Length == 9
                ? $"Cải tiến chất lượng giáo dục năm học {plan.SchoolYear[..4]} - {plan.SchoolYear[5..]}"
                : "Cải tiến chất lượng giáo dục";
        if (title.StartsWith(DocumentType, StringComparison.OrdinalIgnoreCase))
        {
            var rest = title[DocumentType.Length..].Trim(' ', ':', '-');
            if (rest.Length > 0) return char.ToUpper(rest[0], CultureInfo.InvariantCulture) + rest[1..];
        }
        return title;
    }

    private static List<string> SelfAssessmentLines(SelfAssessmentSummary? summary)
    {
        var lines = new List<string>();
        if (summary is null) return lines;
        if (summary.TextAsWritten is { Count: > 0 } written) return [.. written];
        if (!string.IsNullOrWhiteSpace(summary.Year)) lines.Add($"Kết quả tự đánh giá năm {summary.Year}.");
        if (summary.CriteriaAtLevel is { Count: > 0 } counts)
        {
            foreach (var (level, count) in counts.OrderBy(c => c.Key, StringComparer.Ordinal))
            {
                var notMet = count.NotMet is { } n ? $"; không đạt: {n}/{count.Total}" : "";
                lines.Add($"Mức {level}: đạt {count.Met}/{count.Total} tiêu chí{notMet}.");
            }
        }
        if (summary.SchoolLevel is { } schoolLevel) lines.Add($"Nhà trường tự đánh giá đạt Mức {schoolLevel}.");
        if (summary.WeakCriteria is { Count: > 0 } weak) lines.Add($"Các tiêu chí cần cải tiến: {string.Join(", ", weak)}.");
        return lines;
    }

    private static ParagraphBlock Heading(string text) => LetterParagraphs.Heading(text);

    private static ParagraphBlock Body(string text) => LetterParagraphs.Body(text);

    private static ParagraphBlock Body(string text, bool bold) => LetterParagraphs.Body(text, bold);

    private sealed class SectionNumbering
    {
        private static readonly string[] Roman = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X"];
        private int _count;

        public string Next(string title) => $"{Roman[Math.Min(_count++, Roman.Length - 1)]}. {title}";
    }
}
