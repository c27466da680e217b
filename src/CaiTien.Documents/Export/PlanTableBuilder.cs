using CaiTien.Documents.Interchange;
using CaiTien.Documents.Letters;

namespace CaiTien.Documents.Export;

/// <summary>Builds the plan table: a repeated header row, grouping rows for level ("MỨC n", when rows carry a
/// target level) and standard ("Tiêu chuẩn n: title"), and one row per plan item; consecutive rows of the same
/// criterion share one merged criterion cell.</summary>
public static class PlanTableBuilder
{
    public static TableBlock Build(PlanDocument plan, ColumnSet set, DocumentOptions options, ICollection<string> warnings)
    {
        WarnAboutHiddenFields(plan, set, warnings);
        var columns = set.Columns;
        var rows = new List<TableRow>
        {
            new(columns.Select(c => new TableCell([Cell(c.Header, bold: true, center: true)]) { VerticallyCentered = true }).ToList())
            {
                IsHeader = true,
            },
        };

        var widths = AdaptedWidths(plan, columns, options);
        var columnWidthsPt = widths.Select(w => w / widths.Sum() * LetterStyle.TextWidthPt(PageOrientation.Landscape)).ToList();
        var byLevel = plan.Items.Any(i => i.TargetLevel is not null);
        int? level = null;
        string? standard = null;
        var first = true;
        PlanItem? previous = null;
        for (var index = 0; index < plan.Items.Count; index++)
        {
            var item = plan.Items[index];
            if (byLevel && (first || item.TargetLevel != level))
            {
                level = item.TargetLevel;
                standard = null;
                rows.Add(GroupRow(level is { } l ? $"MỨC {l}" : "CHƯA XÁC ĐỊNH MỨC", columns.Count, center: true));
                previous = null;
            }
            var heading = StandardHeading(item, options);
            if (heading is not null && heading != standard)
            {
                standard = heading;
                rows.Add(GroupRow(heading, columns.Count, center: false));
                previous = null;
            }
            first = false;
            rows.Add(ItemRow(item, previous, columns, columnWidthsPt, options, index + 1));
            previous = item;
        }
        return new TableBlock(widths, rows);
    }

    /// <summary>Column widths leaning towards where this plan's text is: each column keeps its set width scaled
    /// by the square root of how much text it holds compared with what its width expects (0.6× to 1.3×), and
    /// never narrower than its longest word, so "Không" or "10/2024" is not broken inside.</summary>
    public static IReadOnlyList<double> AdaptedWidths(PlanDocument plan, IReadOnlyList<PlanColumn> columns, DocumentOptions options)
    {
        string[] fixedFormat = ["index", "start", "end", "budgetVnd", "targetLevel", "standard", "criterionCode"];
        var texts = columns.Select(c => plan.Items.Select((item, i) => ColumnSet.CellText(c, item, new PlanFieldContext(options, i + 1))).ToList()).ToList();
        var lengths = texts.Select(t => (double)t.Sum(x => x.Length)).ToList();
        var totalLength = lengths.Sum();
        var totalWidth = columns.Sum(c => c.RelativeWidth);
        if (totalWidth <= 0) return columns.Select(_ => 1.0).ToList();
        var shares = columns.Select((c, i) =>
        {
            if (totalLength <= 0 || c.Fields.Count == 1 && fixedFormat.Contains(c.Fields[0])) return c.RelativeWidth / totalWidth;
            var ratio = (lengths[i] / totalLength) / (c.RelativeWidth / totalWidth);
            return c.RelativeWidth * Math.Clamp(Math.Sqrt(ratio), 0.6, 1.3) / totalWidth;
        }).ToList();
        var sum = shares.Sum();
        var tableWidth = LetterStyle.TextWidthPt(PageOrientation.Landscape);
        var minimum = columns.Select((c, i) => Math.Min(tableWidth * 0.25, LongestWordWidth(c.Header, texts[i]) + 2 * CellPaddingPt + 2) / tableWidth).ToList();
        return FitMinimums(shares.Select(x => x / sum).ToList(), minimum);
    }

    /// <summary>Horizontal cell padding both renderers use (3.5 pt each side).</summary>
    public const double CellPaddingPt = 3.5;

    private static double LongestWordWidth(string header, IEnumerable<string> cells)
    {
        static IEnumerable<string> Words(string text) => text.Split([' ', '\n'], StringSplitOptions.RemoveEmptyEntries).SelectMany(w => w.Any(char.IsDigit) ? [w] : w.Split('/'));
        var headerWidth = Words(header).Select(w => SerifFonts.EstimateWidthPt(w, true, LetterStyle.TableSizePt)).DefaultIfEmpty(0).Max();
        var longest = cells.SelectMany(Words).Distinct().OrderByDescending(w => w.Length).Take(5);
        return Math.Max(headerWidth, longest.Select(w => SerifFonts.EstimateWidthPt(w, false, LetterStyle.TableSizePt)).DefaultIfEmpty(0).Max());
    }

    /// <summary>Raises shares below their minimum and takes the difference from the columns with room to spare.</summary>
    private static List<double> FitMinimums(List<double> shares, List<double> minimum)
    {
        if (minimum.Sum() >= 1) return minimum.Select(m => m / minimum.Sum()).ToList();
        var result = shares.Select((s, i) => Math.Max(s, minimum[i])).ToList();
        var excess = result.Sum() - 1;
        var slack = result.Select((s, i) => s - minimum[i]).ToList();
        var totalSlack = slack.Sum();
        return result.Select((s, i) => s - excess * slack[i] / totalSlack).ToList();
    }

    public static string? StandardHeading(PlanItem item, DocumentOptions options)
    {
        if (!string.IsNullOrWhiteSpace(item.StandardHeadingAsWritten)) return item.StandardHeadingAsWritten.Trim();
        if (PlanFields.StandardNumber(item.Criterion) is not { } number) return null;
        return options.StandardTitles?.GetValueOrDefault(number) is { Length: > 0 } title
            ? $"Tiêu chuẩn {number}: {title}"
            : $"Tiêu chuẩn {number}";
    }

    private static TableRow ItemRow(PlanItem item, PlanItem? previous, IReadOnlyList<PlanColumn> columns, IReadOnlyList<double> widthsPt, DocumentOptions options, int rowNumber)
    {
        string[] grouping = ["criterion", "criterionCode", "criterionTitle", "standard"];
        var context = new PlanFieldContext(options, rowNumber);
        var cells = new List<TableCell>();
        double tallest = 0;
        for (var c = 0; c < columns.Count; c++)
        {
            var text = ColumnSet.CellText(columns[c], item, context);
            if (previous is not null && text.Length > 0 && columns[c].Fields.Count == 1 && grouping.Contains(columns[c].Fields[0])
                && text == ColumnSet.CellText(columns[c], previous, context with { RowNumber = rowNumber - 1 }))
            {
                cells.Add(new TableCell(CellParagraphs(text)) { MergeWithAbove = true });
                continue;
            }
            // A row without months shows its time text ("Thực hiện thường xuyên") across start and end.
            var spanEnd = IsOnly(columns[c], "start") && c + 1 < columns.Count && IsOnly(columns[c + 1], "end")
                && item.Start is null && item.End is null;
            cells.Add(new TableCell(MarkedParagraphs(columns[c], item, context, text)) { ColumnSpan = spanEnd ? 2 : 1 });
            tallest = Math.Max(tallest, EstimatedHeightPt(text, widthsPt[c] + (spanEnd ? widthsPt[c + 1] : 0) - 2 * CellPaddingPt));
            if (spanEnd) c++;
        }
        // Fields no column shows travel as hidden marked text in the last cell, so the Word file keeps the whole plan.
        if (cells.Count > 0 && HiddenFields(item, columns) is { Count: > 0 } hidden)
            cells[^1] = cells[^1] with { Content = [.. cells[^1].Content, .. hidden] };
        // A row taller than most of a page may break across pages; otherwise it would leave a page blank.
        var pageBody = LetterStyle.PageHeightPt(PageOrientation.Landscape) - (LetterStyle.MarginTopMm + LetterStyle.MarginBottomMm) * LetterStyle.PointsPerMm;
        return new TableRow(cells) { CantSplit = tallest < pageBody * 0.6 };
    }

    /// <summary>Rough height of a cell's text at the table font size (wrapped lines × line height).</summary>
    private static double EstimatedHeightPt(string text, double widthPt)
    {
        const double lineHeight = LetterStyle.TableSizePt * 1.15;
        if (widthPt <= 0) return 0;
        return text.Split('\n').Sum(line => Math.Max(1, Math.Ceiling(SerifFonts.EstimateWidthPt(line, false, LetterStyle.TableSizePt) * 1.05 / widthPt))) * lineHeight;
    }

    private static bool IsOnly(PlanColumn column, string field) => column.Fields.Count == 1 && column.Fields[0] == field;

    private static TableRow GroupRow(string text, int span, bool center) =>
        new([new TableCell([Cell(text, bold: true, center: center)]) { ColumnSpan = span }]) { KeepWithNext = true };

    /// <summary>A cell joining several fields marks each paragraph with its field; a start-month cell carries the
    /// time as typed ("Học kỳ I") as hidden text. Both let an import of the Word file split the cell again.</summary>
    private static List<Block> MarkedParagraphs(PlanColumn column, PlanItem item, PlanFieldContext context, string text)
    {
        var blocks = new List<Block>();
        var catalogTitle = string.IsNullOrWhiteSpace(item.CriterionTitleAsWritten) ? context.Options.CriterionTitles?.GetValueOrDefault(item.Criterion) : null;
        if (column.Fields.Contains("criterion") && catalogTitle is not null)
        {
            // A title the plan does not write comes from the framework: printed under the code, marked as no data.
            var key = column.Fields.Count > 1 ? "criterion" : null;
            foreach (var (field, part) in ColumnSet.CellParts(column, item, context))
            {
                if (field == "criterion")
                    blocks.AddRange([Cell($"Tiêu chí {item.Criterion}:") with { FieldKey = key },
                        Cell(catalogTitle) with { FieldKey = Letters.OfficialLetterFrame.FixedLine }]);
                else blocks.AddRange(part.Split('\n').Select(line => (Block)(Cell(line) with { FieldKey = MarkedField(field) })));
            }
        }
        else if (column.Fields.Count > 1)
            foreach (var (key, part) in ColumnSet.CellParts(column, item, context))
                blocks.AddRange(part.Split('\n').Select(line => (Block)(Cell(line) with { FieldKey = MarkedField(key) })));
        else if (column.Fields is ["index"] && string.IsNullOrWhiteSpace(item.RowNumberAsWritten))
            blocks.Add(Cell(text) with { FieldKey = Letters.OfficialLetterFrame.FixedLine }); // numbered by the letter, not the school's data
        else blocks.AddRange(CellParagraphs(text));
        if (blocks.Count == 0) blocks.Add(Cell(""));
        var showsMonths = column.Fields.Any(f => f is "start" or "time");
        if (showsMonths && !string.IsNullOrWhiteSpace(item.TimeText) && !text.Contains(item.TimeText.Trim(), StringComparison.Ordinal))
            blocks.Add(Cell(item.TimeText.Trim()) with { FieldKey = "timeText", Hidden = true });
        return blocks;
    }

    private static List<Block> HiddenFields(PlanItem item, IReadOnlyList<PlanColumn> columns)
    {
        var shown = columns.SelectMany(c => c.Fields).Select(MarkedField).ToHashSet();
        if (shown.Contains("criterion")) shown.Add("criterionTitleAsWritten");
        return PlanJson.TextFields(item)
            .Where(f => f.Field != "criterionTitleAsWritten" && !shown.Contains(f.Field) && !string.IsNullOrWhiteSpace(f.Value)
                        && Letters.Docx.DocxStyles.FieldKeys.Contains(f.Field))
            .SelectMany(f => f.Value!.Split('\n').Select(line => (Block)(Cell(line.Trim()) with { FieldKey = f.Field, Hidden = true })))
            .ToList();
    }

    private static string? MarkedField(string key) => key switch
    {
        "time" or "start" => "timeText",
        "criterionCode" or "criterionTitle" => "criterion",
        "index" or "standard" or "end" or "recurrence" or "budgetVnd" or "targetLevel" or "progress" => null,
        _ => key,
    };

    private static List<Block> CellParagraphs(string text) =>
        text.Length == 0 ? [Cell("")] : text.Split('\n').Select(line => (Block)Cell(line)).ToList();

    private static ParagraphBlock Cell(string text, bool bold = false, bool center = false) =>
        new([new TextSpan(text, bold)]) { Alignment = center ? TextAlignment.Center : TextAlignment.Left, SizePt = LetterStyle.TableSizePt };

    private static void WarnAboutHiddenFields(PlanDocument plan, ColumnSet set, ICollection<string> warnings)
    {
        var shown = set.Columns.SelectMany(c => c.Fields).ToHashSet();
        if (shown.Contains("time") || shown.Contains("start")) shown.Add("timeText");
        if (shown.Contains("criterion")) shown.Add("criterionTitleAsWritten");
        foreach (var field in PlanJson.TextFields(new PlanItem()).Select(f => f.Field))
        {
            if (shown.Contains(field) || field == "criterionTitleAsWritten") continue;
            var count = plan.Items.Count(i => !string.IsNullOrWhiteSpace(PlanJson.TextFields(i).First(f => f.Field == field).Value));
            if (count > 0)
                warnings.Add($"Bộ cột \"{set.Name}\" không có cột \"{PlanFieldNames.Label(field)}\": nội dung của cột này ở {count} dòng không được in.");
        }
    }
}
