using CaiTien.Documents.Letters;

namespace CaiTien.Documents.Reports;

/// <summary>The tables and small paragraph kinds of the self-assessment report.</summary>
internal static class ReportBlocks
{
    public static ParagraphBlock Title(string text, double size = LetterStyle.BodySizePt + 2) => new([new TextSpan(text, Bold: true)])
    {
        Alignment = TextAlignment.Center, SizePt = size, SpaceBeforePt = 6, SpaceAfterPt = 6, KeepWithNext = true,
    };

    public static ParagraphBlock Centered(string text, bool bold = false, bool italic = false, double size = LetterStyle.BodySizePt) =>
        new([new TextSpan(text, bold, italic)]) { Alignment = TextAlignment.Center, SizePt = size };

    public static ParagraphBlock Sub(string text) => new([new TextSpan(text, Bold: true, Italic: true)])
    {
        Alignment = TextAlignment.Left, FirstLineIndentPt = LetterStyle.FirstLineIndentPt, SpaceBeforePt = 3, SpaceAfterPt = 3, KeepWithNext = true,
    };

    /// <summary>A visible gap: what is missing, in brackets and italics, so nobody mistakes it for written text.</summary>
    public static ParagraphBlock Gap(string text) => new([new TextSpan($"[{text}]", Italic: true)])
    {
        Alignment = TextAlignment.Left, FirstLineIndentPt = LetterStyle.FirstLineIndentPt, SpaceAfterPt = LetterStyle.ParagraphSpacePt,
    };

    /// <summary>Body text; a blank line in the typed text starts a new paragraph.</summary>
    public static IEnumerable<ParagraphBlock> Paragraphs(string text) =>
        text.Replace("\r\n", "\n").Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0).Select(l => LetterParagraphs.Body(l));

    public static ParagraphBlock Cell(string text, bool bold = false, bool center = false, bool italic = false) =>
        new([new TextSpan(text, bold, italic)]) { Alignment = center ? TextAlignment.Center : TextAlignment.Left, SizePt = LetterStyle.TableSizePt };

    private static TableRow Header(params string[] texts) =>
        new(texts.Select(t => new TableCell([Cell(t, bold: true, center: true)]) { VerticallyCentered = true }).ToList()) { IsHeader = true };

    private static TableRow Row(IEnumerable<(string Text, bool Center)> cells, bool bold = false) =>
        new(cells.Select(c => new TableCell([Cell(c.Text, bold, c.Center)])).ToList());

    /// <summary>Mức | Chỉ báo | Kết quả, one row per requirement; "*" for a level's single unlettered requirement.</summary>
    public static TableBlock RatingGrid(ReportCriterion criterion)
    {
        var rows = new List<TableRow> { Header("Mức", "Chỉ báo", "Đạt/Không đạt") };
        foreach (var r in criterion.Requirements)
        {
            var key = r.Key.All(char.IsDigit) ? "*" : r.Key;
            var verdict = r.Met switch { true => "Đạt", false => "Không đạt", null => "Chưa đánh giá" };
            rows.Add(Row([($"Mức {r.Level}", true), (key, true), (verdict, true)]));
        }
        return new TableBlock([1, 1, 2], rows);
    }

    public static TableBlock SummaryTable(ReportSummary summary)
    {
        var rows = new List<TableRow> { Header("Mức", "Số tiêu chí đạt", "Tỷ lệ đạt", "Số tiêu chí không đạt", "Tỷ lệ không đạt") };
        rows.AddRange(summary.Tallies.Select(t => Row([($"Mức {t.Level}", true), (t.MetText, true), (t.MetPercent, true), (t.NotMetText, true), (t.NotMetPercent, true)])));
        return new TableBlock([1, 1.3, 1, 1.3, 1], rows);
    }

    public static TableBlock CriteriaResultTable(IReadOnlyList<ReportStandard> standards)
    {
        var rows = new List<TableRow> { Header("Tiêu chuẩn, tiêu chí", "Kết quả") };
        foreach (var s in standards)
        {
            rows.Add(new TableRow([new TableCell([Cell($"Tiêu chuẩn {s.Number}: {s.Title}", bold: true)]), new TableCell([Cell(s.LevelText, bold: true, center: true)])]) { KeepWithNext = true });
            rows.AddRange(s.Criteria.Select(c => Row([($"Tiêu chí {c.Code}: {c.Title}", false), (c.LevelText, true)])));
        }
        return new TableBlock([4, 1.2], rows);
    }

    public static TableBlock FactsTable(IReadOnlyList<ReportFact> facts, ICollection<string> missing)
    {
        var rows = new List<TableRow>();
        foreach (var f in facts)
        {
            if (string.IsNullOrWhiteSpace(f.Value)) missing.Add(f.Label);
            rows.Add(new TableRow([
                new TableCell([Cell(f.Label, bold: true)]),
                new TableCell([string.IsNullOrWhiteSpace(f.Value) ? Cell("[Chưa nhập]", italic: true) : Cell(f.Value.Trim())]),
            ]));
        }
        return new TableBlock([2, 3], rows);
    }

    public static TableBlock EvidenceTable(IReadOnlyList<EvidenceListLine> lines)
    {
        var rows = new List<TableRow> { Header("TT", "Mã minh chứng", "Tên minh chứng", "Số/ngày ban hành", "Nơi ban hành", "Ghi chú") };
        rows.AddRange(lines.Select((l, i) => Row([
            ((i + 1).ToString(), true), (l.Code, true), (l.Title, false), (l.NumberAndDate ?? "", false), (l.IssuingBody ?? "", false), (l.Note ?? "", false),
        ])));
        return new TableBlock([0.5, 1.6, 2.6, 1.5, 1.4, 1.4], rows);
    }

    public static TableBlock SignatureTable() => new([1, 1],
    [
        new TableRow([
            new TableCell([Centered("Xác nhận của trưởng nhóm công tác", bold: true, size: LetterStyle.TableSizePt)]),
            new TableCell([Centered("Người viết", bold: true, size: LetterStyle.TableSizePt), Centered("(Ký và ghi rõ họ tên)", italic: true, size: LetterStyle.TableSizePt), new SpacerBlock(48)]),
        ]),
    ]) { Borders = false };
}
