using CaiTien.Documents.Letters;
using CaiTien.Documents.Letters.Docx;
using MiniExcelLibs;

namespace CaiTien.Documents.Reports;

/// <summary>Danh mục minh chứng on its own, in the guidance columns (TT, Mã, Tên, Số/ngày ban hành, Nơi ban hành,
/// Ghi chú): a landscape Word table and an Excel sheet with the same rows.</summary>
public static class EvidenceListDocument
{
    public const string DocxContentType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    public const string XlsxContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public static LetterDocument Compose(ReportCover cover, IReadOnlyList<EvidenceListLine> lines)
    {
        var blocks = new List<Block>();
        if (!string.IsNullOrWhiteSpace(cover.GoverningBody)) blocks.Add(ReportBlocks.Centered(cover.GoverningBody.Trim().ToUpperInvariant(), size: LetterStyle.AgencySizePt));
        blocks.Add(ReportBlocks.Centered(cover.SchoolName.Trim().ToUpperInvariant(), bold: true, size: LetterStyle.AgencySizePt));
        blocks.Add(ReportBlocks.Title("DANH MỤC MINH CHỨNG"));
        blocks.Add(ReportBlocks.Centered($"Tự đánh giá năm học {cover.SchoolYear} (Thông tư {cover.Circular})", italic: true));
        blocks.Add(new SpacerBlock(8));
        blocks.Add(lines.Count == 0 ? ReportBlocks.Gap("Chưa có minh chứng nào") : ReportBlocks.EvidenceTable(lines));
        return new LetterDocument([new LetterSection(PageOrientation.Landscape, blocks)]);
    }

    public static void WriteDocx(LetterDocument document, Stream output) => DocxLetterRenderer.Render(document, output, "Danh mục minh chứng");

    public static void WriteXlsx(IReadOnlyList<EvidenceListLine> lines, Stream output)
    {
        var rows = lines.Select((l, i) => new Dictionary<string, object?>
        {
            ["TT"] = i + 1,
            ["Mã minh chứng"] = l.Code,
            ["Tên minh chứng"] = l.Title,
            ["Số/ngày ban hành"] = l.NumberAndDate ?? "",
            ["Nơi ban hành"] = l.IssuingBody ?? "",
            ["Ghi chú"] = l.Note ?? "",
        }).ToList();
        output.SaveAs(rows, sheetName: "Danh mục minh chứng", excelType: ExcelType.XLSX);
    }
}
