using CaiTien.Documents.Letters;
using CaiTien.Documents.Letters.Docx;
using CaiTien.Documents.Letters.Pdf;
using CaiTien.Plans;
using CaiTien.Progress;

namespace CaiTien.Monitoring;

/// <summary>"Báo cáo kết quả giám sát thực hiện kế hoạch cải tiến chất lượng giáo dục", in the same official letter
/// frame as the plan: the school as governing body, the Tổ giám sát as issuer, the review's own number (…/BC-TGS),
/// a landscape table of findings per row, the overall assessment and the recommendations.</summary>
public static class MonitoringReportLetter
{
    public sealed record RowState(RowStatus Status, int Percent);

    /// <param name="reviewerPosition">The reviewer's position on the school's staff list ("Tổ trưởng chuyên môn"),
    /// printed above her name; "Tổ trưởng" (of the monitoring team) when she is not on the list.</param>
    public static LetterDocument Build(Plan plan, MonitoringReview review, IReadOnlyDictionary<int, RowState> progress, ICollection<string> warnings,
        string? reviewerPosition = null)
    {
        var period = ReviewPeriods.Label(review.Period);
        var rows = plan.OrderedRows().ToList();
        var findings = review.Findings.ToDictionary(f => f.RowId);
        var opening = new List<Block>
        {
            Body($"Căn cứ Kế hoạch số {plan.DocumentNumber ?? OfficialLetterFrame.Blank} ngày {Date(plan.IssuedOn)} của {plan.SchoolName} về việc cải tiến chất lượng giáo dục năm học {Years(plan.SchoolYear)};"),
            Body($"Tổ giám sát báo cáo kết quả giám sát việc thực hiện kế hoạch cải tiến chất lượng giáo dục {period} năm học {Years(plan.SchoolYear)} như sau:"),
        };
        var table = new List<Block> { Heading("I. KẾT QUẢ GIÁM SÁT TỪNG NỘI DUNG"), FindingsTable(rows, findings, progress) };

        var done = rows.Count(r => progress.TryGetValue(r.Id, out var s) && s.Status == RowStatus.Done);
        var average = rows.Count == 0 ? 0 : rows.Average(r => progress.TryGetValue(r.Id, out var s) ? s.Percent : 0);
        var closing = new List<Block>
        {
            Heading("II. ĐÁNH GIÁ CHUNG"),
            Body($"Kế hoạch có {rows.Count} nội dung cải tiến; đã hoàn thành {done} nội dung; mức độ hoàn thành chung {average.ToString("0.#", System.Globalization.CultureInfo.GetCultureInfo("vi-VN"))}%."),
        };
        if (review.Conclusion is { } conclusion) closing.Add(Body(conclusion));
        var recommendations = rows.Where(r => findings.TryGetValue(r.Id, out var f) && f.Recommendation is not null)
            .Select(r => $"- Tiêu chí {r.Criterion}: {findings[r.Id].Recommendation}").ToList();
        closing.Add(Heading("III. KIẾN NGHỊ"));
        closing.AddRange(recommendations.Count == 0 ? [Body("Không có kiến nghị.")] : recommendations.Select(Body));

        var letter = new OfficialLetter
        {
            GoverningBody = plan.SchoolName,
            IssuerName = "Tổ giám sát",
            DocumentNumber = review.DocumentNumber,
            TypeAbbreviation = "BC",
            Place = plan.Place,
            IssuedOn = review.ReviewedOn,
            DocumentType = "BÁO CÁO",
            Summary = $"Kết quả giám sát thực hiện kế hoạch cải tiến chất lượng giáo dục {period} năm học {Years(plan.SchoolYear)}",
            Recipients = ["Hiệu trưởng nhà trường", "Hội đồng tự đánh giá"],
            Signer = new LetterSigner(string.IsNullOrWhiteSpace(reviewerPosition) ? "Tổ trưởng" : reviewerPosition, review.ReviewerName, "TM. Tổ giám sát"),
        };
        return OfficialLetterFrame.Compose(letter,
            [new LetterSection(PageOrientation.Portrait, opening), new LetterSection(PageOrientation.Landscape, table), new LetterSection(PageOrientation.Portrait, closing)],
            warnings);
    }

    public static void WriteDocx(LetterDocument letter, Stream output) => DocxLetterRenderer.Render(letter, output, "Báo cáo kết quả giám sát");

    public static void WritePdf(LetterDocument letter, Stream output) => PdfLetterRenderer.Render(letter, output, "Báo cáo kết quả giám sát");

    private static TableBlock FindingsTable(IReadOnlyList<PlanRow> rows, IReadOnlyDictionary<int, ReviewFinding> findings, IReadOnlyDictionary<int, RowState> progress)
    {
        string[] headers = ["TT", "Tiêu chí", "Kết quả cần đạt", "Tiến độ", "Kết quả giám sát", "Đánh giá", "Kiến nghị"];
        var table = new List<TableRow>
        {
            new(headers.Select(h => new TableCell([Cell(h, bold: true, center: true)]) { VerticallyCentered = true }).ToList()) { IsHeader = true },
        };
        for (var i = 0; i < rows.Count; i++)
        {
            var row = rows[i];
            var finding = findings.GetValueOrDefault(row.Id);
            var state = progress.GetValueOrDefault(row.Id);
            var stateText = state is null ? RowStatuses.Label(RowStatus.NotStarted) : $"{RowStatuses.Label(state.Status)} ({state.Percent}%)";
            string?[] cells = [(i + 1).ToString(), row.Criterion, row.TargetResult, stateText, finding?.Finding, finding?.Rating, finding?.Recommendation];
            table.Add(new TableRow(cells.Select((c, k) => new TableCell([Cell(c ?? "", bold: false, center: k < 2)])).ToList()));
        }
        return new TableBlock([0.5, 0.8, 2.6, 1.3, 2.6, 1.2, 2.4], table);
    }

    private static ParagraphBlock Cell(string text, bool bold, bool center) => new([new TextSpan(text, bold)])
    {
        Alignment = center ? TextAlignment.Center : TextAlignment.Left,
        SizePt = LetterStyle.TableSizePt,
    };

    private static ParagraphBlock Heading(string text) => LetterParagraphs.Heading(text);

    private static ParagraphBlock Body(string text) => LetterParagraphs.Body(text);

    private static string Years(string schoolYear) => schoolYear.Length == 9 ? $"{schoolYear[..4]} - {schoolYear[5..]}" : schoolYear;

    private static string Date(DateOnly? date) => date?.ToString("dd/MM/yyyy", System.Globalization.CultureInfo.InvariantCulture) ?? OfficialLetterFrame.Blank;
}
