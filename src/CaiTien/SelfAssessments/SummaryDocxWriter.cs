using CaiTien.SelfAssessments.Engine;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace CaiTien.SelfAssessments;

/// <summary>Writes the self-assessment summary (bảng tổng hợp kết quả tự đánh giá) as a Word document:
/// criteria × levels, counts and percentages per level, and the school's level.</summary>
public static class SummaryDocxWriter
{
    private const string Font = "Times New Roman";

    public static byte[] Write(AssessmentResult result, string schoolName, string schoolYear)
    {
        using var stream = new MemoryStream();
        using (var doc = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = doc.AddMainDocumentPart();
            var body = new Body();
            body.Append(Paragraph(schoolName.ToUpperInvariant(), bold: true, center: true));
            body.Append(Paragraph("BẢNG TỔNG HỢP KẾT QUẢ TỰ ĐÁNH GIÁ", bold: true, center: true));
            body.Append(Paragraph($"Năm học {schoolYear} — theo Thông tư {result.Framework.Circular}", center: true));
            body.Append(SummaryTable(result));
            body.Append(Paragraph($"Mức đánh giá của trường: {result.SchoolLevelText}.", bold: true));
            foreach (var tally in result.LevelCounts)
                body.Append(Paragraph($"Mức {tally.Level}: {tally.RatioText} tiêu chí đạt ({tally.PercentText}); không đạt {tally.NotMet:00}/{tally.Total:00} ({tally.NotMetPercentText})."));
            body.Append(new SectionProperties(
                new PageSize { Width = 16838U, Height = 11906U, Orient = PageOrientationValues.Landscape },
                new PageMargin { Top = 1134, Bottom = 1134, Left = 1134U, Right = 1134U }));
            main.Document = new Document(body);
        }
        return stream.ToArray();
    }

    private static Table SummaryTable(AssessmentResult result)
    {
        var levels = Enumerable.Range(1, result.Framework.MaxLevel).ToList();
        var table = new Table(new TableProperties(
            new TableWidth { Width = "5000", Type = TableWidthUnitValues.Pct },
            new TableBorders(
                new TopBorder { Val = BorderValues.Single, Size = 4 }, new BottomBorder { Val = BorderValues.Single, Size = 4 },
                new LeftBorder { Val = BorderValues.Single, Size = 4 }, new RightBorder { Val = BorderValues.Single, Size = 4 },
                new InsideHorizontalBorder { Val = BorderValues.Single, Size = 4 }, new InsideVerticalBorder { Val = BorderValues.Single, Size = 4 })));
        table.Append(Row(bold: true, ["Tiêu chuẩn, tiêu chí", .. levels.Select(l => $"Mức {l}"), "Kết quả"]));
        foreach (var standard in result.Standards)
        {
            table.Append(Row(bold: true, [$"Tiêu chuẩn {standard.Number}: {standard.Title}", .. levels.Select(_ => ""),
                result.StandardText(standard)]));
            foreach (var c in result.Criteria.Where(c => c.StandardNumber == standard.Number))
            {
                var title = result.Framework.FindCriterion(c.Code)?.Title ?? "";
                var cells = levels.Select(l => c.Pending && c.HighestLevel >= l ? "" : c.HighestLevel < l ? "—" : c.Level >= l ? "Đạt" : "Không đạt");
                table.Append(Row(bold: false, [$"Tiêu chí {c.Code}. {title}", .. cells, c.LevelText]));
            }
        }
        table.Append(Row(bold: true, ["Số tiêu chí đạt", .. levels.Select(l => $"{result.CountAt(l).RatioText} ({result.CountAt(l).PercentText})"), ""]));
        table.Append(Row(bold: true, ["Số tiêu chí không đạt", .. levels.Select(l =>
            $"{result.CountAt(l).NotMet:00}/{result.CountAt(l).Total:00} ({result.CountAt(l).NotMetPercentText})"), ""]));
        return table;
    }

    private static TableRow Row(bool bold, IReadOnlyList<string> texts)
    {
        var row = new TableRow();
        for (var i = 0; i < texts.Count; i++)
            row.Append(new TableCell(Paragraph(texts[i], bold, center: i > 0)));
        return row;
    }

    private static Paragraph Paragraph(string text, bool bold = false, bool center = false)
    {
        var runProperties = new RunProperties(new RunFonts { Ascii = Font, HighAnsi = Font, ComplexScript = Font }, new FontSize { Val = "24" });
        if (bold) runProperties.Append(new Bold());
        var paragraph = new Paragraph(new Run(runProperties, new Text(text) { Space = SpaceProcessingModeValues.Preserve }));
        if (center) paragraph.PrependChild(new ParagraphProperties(new Justification { Val = JustificationValues.Center }));
        return paragraph;
    }
}
