using System.Globalization;
using CaiTien.Documents.Interchange;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace CaiTien.Documents.Tests.Corpus;

/// <summary>Writes a plan as a school's Word file would hold it: header block, title, numbered sections, the
/// plan table laid out as the variant says, organisation, and the signature block.</summary>
public static class CorpusDocx
{
    public static byte[] Write(PlanDocument plan, TableLayout layout, IReadOnlyDictionary<string, string> weakTitles)
    {
        var body = new List<OpenXmlElement>();
        if (plan.School.GoverningBody is not null || plan.DocumentNumber is not null || plan.IssuedOn is not null)
        {
            var left = new List<string>();
            if (plan.School.GoverningBody is { } g) left.Add(g.ToUpper(CultureInfo.GetCultureInfo("vi-VN")));
            left.Add(plan.School.Name.ToUpper(CultureInfo.GetCultureInfo("vi-VN")));
            if (plan.DocumentNumber is { } n) left.Add($"Số: {n}");
            var right = new List<string> { "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc" };
            if (plan.IssuedOn is { } d) right.Add($"{plan.School.Place ?? "……"}, ngày {d.Day:D2} tháng {d.Month:D2} năm {d.Year}");
            body.Add(Table([new GridRow([new GridCell(string.Join("\n", left)), new GridCell(string.Join("\n", right))])], false, false));
        }
        body.Add(P(plan.Title ?? $"KẾ HOẠCH cải tiến chất lượng giáo dục năm học {plan.SchoolYear.Replace("-", " - ")}"));
        if (plan.DocumentNumber is null && plan.School.GoverningBody is null) body.Add(P($"Tên trường: {plan.School.Name}"));
        body.Add(P("I. MỤC ĐÍCH, YÊU CẦU"));
        body.AddRange(plan.Purposes.Select(p => P("- " + p)));
        body.Add(P("II. CĂN CỨ XÂY DỰNG KẾ HOẠCH"));
        body.AddRange(plan.LegalBases.Select(b => P("- " + b.Text)));
        body.Add(P("III. KẾT QUẢ TỰ ĐÁNH GIÁ"));
        body.AddRange(SelfAssessmentParagraphs(plan, weakTitles).Select(P));
        if (layout.ResultsTableBefore && plan.SelfAssessment?.WeakCriteria is { Count: > 0 } weak)
            body.Add(Table([
                new GridRow([new("TT"), new("Tiêu chí"), new("Kết quả tự đánh giá"), new("Mức đạt"), new("Ghi chú")]),
                .. weak.Select((c, i) => new GridRow([new((i + 1).ToString()), new(c), new("Chưa vững chắc"), new("Mức 1"), new("")])),
            ], true, false));
        else if (layout.ResultsTableBefore)
            body.Add(Table([
                new GridRow([new("TT"), new("Tiêu chí"), new("Kết quả tự đánh giá"), new("Mức đạt"), new("Ghi chú")]),
                new GridRow([new("1"), new("Tiêu chuẩn 1"), new("Đạt"), new("Mức 2"), new("")]),
            ], true, false));
        body.Add(P("IV. NỘI DUNG KẾ HOẠCH CẢI TIẾN CHẤT LƯỢNG"));
        var (tablePlan, piece) = CutLastTasks(plan, layout.PieceAfterTable is not null);
        var segments = GridTableBuilder.Build(tablePlan, layout);
        for (var s = 0; s < segments.Count; s++)
        {
            if (s > 0) body.Add(new Paragraph(new Run(new Break { Type = BreakValues.Page })));
            body.Add(Table(segments[s], true, layout.LineBreaks));
        }
        if (layout.TablesAfter)
        {
            body.Add(P("Bảng theo dõi tiến độ thực hiện:"));
            body.Add(Table([
                new GridRow([new("TT"), new("Nội dung"), new("Thời gian"), new("Người thực hiện"), new("Kết quả")]),
                new GridRow([new("1"), new("Kiểm tra giữa kỳ"), new("Tháng 1"), new("Tổ giám sát"), new("")]),
            ], true, false));
        }
        if (piece is not null && layout.PieceAfterTable == "afterTable") body.Add(P(piece));
        body.Add(P("V. TỔ CHỨC THỰC HIỆN"));
        for (var r = 0; r < plan.Organization.Count; r++)
        {
            body.Add(P($"{r + 1}. {plan.Organization[r].Role}"));
            if (piece is not null && layout.PieceAfterTable == "underRole" && r == 0) body.Add(P(piece));
            body.AddRange(plan.Organization[r].Duties.Select(d => P("- " + d)));
        }
        body.Add(P($"Trên đây là kế hoạch cải tiến chất lượng giáo dục năm học {plan.SchoolYear.Replace("-", " - ")} của nhà trường."));
        if (plan.Recipients.Count > 0 || plan.Signer is not null)
        {
            var recipients = plan.Recipients.Count == 0 ? "" : "Nơi nhận:\n" + string.Join("\n", plan.Recipients.Select((r, i) => $"- {r}{(i == plan.Recipients.Count - 1 ? "." : ";")}"));
            var signer = plan.Signer is { } sg ? $"{sg.Title}\n\n\n{sg.Name}" : "";
            body.Add(Table([new GridRow([new GridCell(recipients), new GridCell(signer)])], false, false));
        }
        // Word ends every body with a paragraph, also after a closing table.
        body.Add(new Paragraph());
        return Package(body);
    }

    /// <summary>Sentences stating what <see cref="PlanDocument.SelfAssessment"/> holds, in wording schools use.</summary>
    /// <summary>The last row's tasks cut before a lower-case word in their second half: the head stays in the
    /// table, the tail is the piece a page break printed elsewhere.</summary>
    private static (PlanDocument Plan, string? Piece) CutLastTasks(PlanDocument plan, bool cut)
    {
        if (!cut || plan.Items.Count == 0 || plan.Items[^1].Tasks is not { } tasks) return (plan, null);
        for (var at = tasks.Length / 2; at < tasks.Length - 1; at++)
            if (tasks[at] == ' ' && char.IsLower(tasks[at + 1]) && char.IsLetter(tasks[at - 1]))
                return (plan with { Items = [.. plan.Items.SkipLast(1), plan.Items[^1] with { Tasks = tasks[..at] }] }, tasks[(at + 1)..]);
        return (plan, null);
    }

    public static List<string> SelfAssessmentParagraphs(PlanDocument plan, IReadOnlyDictionary<string, string> weakTitles)
    {
        var lines = new List<string>();
        if (plan.SelfAssessment is not { } sa) return lines;
        if (sa.Year is { } y)
            lines.Add(y.Split('-') is [var a, var b] && int.Parse(b) == int.Parse(a) + 1
                ? $"Kết quả tự đánh giá năm học {a} - {b} của nhà trường như sau:"
                : $"Báo cáo tự đánh giá giai đoạn từ năm {y.Split('-')[0]} đến {y.Split('-')[^1]}.");
        foreach (var (level, count) in sa.CriteriaAtLevel ?? [])
        {
            lines.Add($"Tiêu chí đạt Mức {level}:");
            lines.Add($"Số lượng đạt: {count.Met}/{count.Total}; số lượng không đạt: {count.NotMet}/{count.Total}.");
        }
        if (sa.SchoolLevel is { } l) lines.Add($"Mức đánh giá của trường: Mức {l}.");
        if (sa.WeakCriteria is { Count: > 0 } weak)
        {
            lines.Add("Các tiêu chí còn yếu hoặc đã đạt nhưng chưa vững chắc:");
            lines.AddRange(weak.Select(c => $"- Tiêu chí {c}: {weakTitles.GetValueOrDefault(c, "nội dung tiêu chí")}"));
        }
        return lines;
    }

    private static Paragraph P(string text) => new(new Run(new Text(text) { Space = SpaceProcessingModeValues.Preserve }));

    public static Table Table(IEnumerable<GridRow> rows, bool borders, bool lineBreaks)
    {
        var props = new TableProperties(new TableWidth { Width = "5000", Type = TableWidthUnitValues.Pct });
        if (borders) props.Append(new TableBorders(new TopBorder { Val = BorderValues.Single }, new BottomBorder { Val = BorderValues.Single },
            new LeftBorder { Val = BorderValues.Single }, new RightBorder { Val = BorderValues.Single },
            new InsideHorizontalBorder { Val = BorderValues.Single }, new InsideVerticalBorder { Val = BorderValues.Single }));
        var list = rows.ToList();
        var width = list.Count == 0 ? 1 : list.Max(r => r.Cells.Sum(c => c.Span == 0 ? 0 : c.Span));
        var table = new Table(props, new TableGrid(Enumerable.Range(0, width).Select(_ => new GridColumn { Width = (9000 / width).ToString() })));
        foreach (var row in list)
        {
            var tr = new TableRow();
            if (row.IsHeader) tr.Append(new TableRowProperties(new TableHeader()));
            foreach (var cell in row.Cells)
            {
                if (cell.Span == 0) continue;
                var tcPr = new TableCellProperties();
                if (cell.Span > 1) tcPr.Append(new GridSpan { Val = cell.Span });
                if (cell.MergeStart) tcPr.Append(new VerticalMerge { Val = MergedCellValues.Restart });
                if (cell.MergeContinue) tcPr.Append(new VerticalMerge());
                var tc = new TableCell(tcPr);
                var lines = cell.MergeContinue ? [""] : SplitBullets(cell.Text);
                if (lineBreaks)
                {
                    var run = new Run();
                    for (var i = 0; i < lines.Count; i++)
                    {
                        if (i > 0) run.Append(new Break());
                        run.Append(new Text(lines[i]) { Space = SpaceProcessingModeValues.Preserve });
                    }
                    tc.Append(new Paragraph(run));
                }
                else foreach (var line in lines) tc.Append(P(line));
                tr.Append(tc);
            }
            table.Append(tr);
        }
        return table;
    }

    /// <summary>Cell text as a clerk types it: explicit lines, and each "- " item on its own paragraph.</summary>
    private static List<string> SplitBullets(string text)
    {
        var result = new List<string>();
        foreach (var line in text.Split('\n'))
        {
            var parts = line.Split(" - ");
            result.Add(parts[0]);
            result.AddRange(parts.Skip(1).Select(p => "- " + p));
        }
        return result;
    }

    private static byte[] Package(List<OpenXmlElement> body)
    {
        using var stream = new MemoryStream();
        using (var doc = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = doc.AddMainDocumentPart();
            main.Document = new Document(new Body(body));
            main.Document.Save();
        }
        return stream.ToArray();
    }
}
