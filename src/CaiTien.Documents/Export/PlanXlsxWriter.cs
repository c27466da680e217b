using System.Globalization;
using System.Text;
using CaiTien.Documents.Interchange;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace CaiTien.Documents.Export;

/// <summary>The plan table as an Excel workbook for schools that track in Excel: one sheet per plan, a
/// frozen, filterable header row, wrapped text, months as real dates (first day of the month, shown
/// MM/yyyy) and amounts in đồng as numbers with the <c>#,##0</c> format.</summary>
public static class PlanXlsxWriter
{
    public static IReadOnlyList<string> Write(PlanDocument plan, Stream output, DocumentOptions? options = null) =>
        Write([plan], output, options);

    public static IReadOnlyList<string> Write(IEnumerable<PlanDocument> plans, Stream output, DocumentOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(plans);
        ArgumentNullException.ThrowIfNull(output);
        options ??= DocumentOptions.Default;
        var warnings = new List<string>();
        var list = plans.ToList();
        if (list.Count == 0) throw new ArgumentException("Cần ít nhất một kế hoạch để xuất Excel.", nameof(plans));
        using var workbook = SpreadsheetDocument.Create(output, SpreadsheetDocumentType.Workbook, autoSave: true);
        var workbookPart = workbook.AddWorkbookPart();
        workbookPart.Workbook = new Workbook();
        var stylesPart = workbookPart.AddNewPart<WorkbookStylesPart>();
        stylesPart.Stylesheet = XlsxStyles.Create();
        var strings = new SharedStrings(workbookPart.AddNewPart<SharedStringTablePart>());
        var sheets = workbookPart.Workbook.AppendChild(new Sheets());
        var names = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        uint sheetId = 1;
        foreach (var original in list)
        {
            var plan = TextNormalizer.Normalize(original);
            var sheetName = SheetName(plan, names);
            var planWarnings = new List<string>();
            var columns = XlsxColumns(plan, options, planWarnings);
            warnings.AddRange(list.Count == 1 ? planWarnings : planWarnings.Select(w => $"Trang \"{sheetName}\": {w}"));
            var sheetPart = workbookPart.AddNewPart<WorksheetPart>();
            sheetPart.Worksheet = Sheet(plan, columns, options, strings);
            sheets.Append(new Sheet { Id = workbookPart.GetIdOfPart(sheetPart), SheetId = sheetId++, Name = sheetName });
        }
        strings.Save();
        return warnings;
    }

    private sealed record XlsxColumn(string Header, double Width, Func<PlanItem, int, Cell> Value);

    private static List<XlsxColumn> XlsxColumns(PlanDocument plan, DocumentOptions options, ICollection<string> warnings)
    {
        var set = ColumnSet.Choose(plan, options, warnings);
        var widths = PlanTableBuilder.AdaptedWidths(plan, set.Columns, options);
        var columns = new List<XlsxColumn>();
        if (plan.Items.Any(i => i.TargetLevel is not null) && !set.Columns.Any(c => c.Fields.Contains("targetLevel")))
            columns.Add(new("Mức cần đạt", 8, (item, _) => item.TargetLevel is { } l ? NumberCell(l, XlsxStyles.Integer) : EmptyCell()));
        for (var c = 0; c < set.Columns.Count; c++)
        {
            var column = set.Columns[c];
            var width = Math.Clamp(widths[c] * 160, 9, 70);
            columns.Add(column.Fields switch
            {
                ["start"] => new(column.Header, Math.Max(width, 11), (item, row) => MonthOrText(item.Start, item.End is null ? item.TimeText : null)),
                ["end"] => new(column.Header, Math.Max(width, 11), (item, _) => MonthOrText(item.End, null)),
                ["budgetVnd"] => new(column.Header, Math.Max(width, 14), (item, _) => item.BudgetVnd is { } v ? NumberCell(v, XlsxStyles.Money) : EmptyCell()),
                _ => new(column.Header, width, (item, row) => TextCell(ColumnSet.CellText(column, item, new PlanFieldContext(options, row)))),
            });
        }
        if (plan.Items.Any(i => i.BudgetVnd is not null) && !set.Columns.Any(c => c.Fields is ["budgetVnd"]))
            columns.Add(new("Kinh phí (đồng)", 16, (item, _) => item.BudgetVnd is { } v ? NumberCell(v, XlsxStyles.Money) : EmptyCell()));
        return columns;
    }

    private const uint TitleRow = 1;
    private const uint HeaderRow = 2;

    /// <summary>As schools print it: a title row, the header row, rows numbered in an STT column, and a totals row
    /// (number of rows, budget summed by a formula).</summary>
    private static Worksheet Sheet(PlanDocument plan, List<XlsxColumn> columns, DocumentOptions options, SharedStrings strings)
    {
        columns = [new("STT", 6, (_, row) => NumberCell(row, XlsxStyles.Integer)), .. columns];
        var data = new SheetData();
        var lastColumn = ColumnName(columns.Count - 1);
        var title = new Row { RowIndex = TitleRow };
        title.Append(Place(TextCell(SheetTitle(plan), XlsxStyles.Header), 0, TitleRow, strings));
        data.Append(title);
        var header = new Row { RowIndex = HeaderRow };
        for (var c = 0; c < columns.Count; c++)
            header.Append(Place(TextCell(columns[c].Header, XlsxStyles.Header), c, HeaderRow, strings));
        data.Append(header);
        for (var i = 0; i < plan.Items.Count; i++)
        {
            var rowIndex = HeaderRow + 1 + (uint)i;
            var row = new Row { RowIndex = rowIndex };
            for (var c = 0; c < columns.Count; c++) row.Append(Place(columns[c].Value(plan.Items[i], i + 1), c, rowIndex, strings));
            data.Append(row);
        }
        var lastDataRow = HeaderRow + (uint)plan.Items.Count;
        data.Append(TotalsRow(plan, columns, lastDataRow, strings));
        var sheetColumns = new Columns(columns.Select((c, i) => new Column { Min = (uint)(i + 1), Max = (uint)(i + 1), Width = Math.Round(c.Width, 1), CustomWidth = true }));
        var firstBody = $"A{HeaderRow + 1}";
        var frozen = new SheetViews(new SheetView(
            new Pane { VerticalSplit = HeaderRow, TopLeftCell = firstBody, ActivePane = PaneValues.BottomLeft, State = PaneStateValues.Frozen },
            new Selection { Pane = PaneValues.BottomLeft, ActiveCell = firstBody, SequenceOfReferences = new ListValue<StringValue> { InnerText = firstBody } })
        { WorkbookViewId = 0 });
        var filter = new AutoFilter { Reference = $"A{HeaderRow}:{lastColumn}{Math.Max(HeaderRow, lastDataRow)}" };
        var merged = new MergeCells(new MergeCell { Reference = $"A{TitleRow}:{lastColumn}{TitleRow}" }) { Count = 1 };
        return new Worksheet(frozen, sheetColumns, data, filter, merged);
    }

    private static string SheetTitle(PlanDocument plan)
    {
        var year = plan.SchoolYear.Replace("-", " - ");
        var school = string.IsNullOrWhiteSpace(plan.School.Name) ? "" : $" — {plan.School.Name}";
        return $"KẾ HOẠCH CẢI TIẾN CHẤT LƯỢNG GIÁO DỤC NĂM HỌC {year}{school}".Trim();
    }

    /// <summary>"Tổng cộng" under the STT column, the number of rows beside it, and a SUM of each money column
    /// (its value cached, so viewers that do not calculate show it too).</summary>
    private static Row TotalsRow(PlanDocument plan, List<XlsxColumn> columns, uint lastDataRow, SharedStrings strings)
    {
        var rowIndex = lastDataRow + 1;
        var row = new Row { RowIndex = rowIndex };
        row.Append(Place(TextCell("Tổng cộng", XlsxStyles.Header), 0, rowIndex, strings));
        if (columns.Count > 1) row.Append(Place(TextCell($"{plan.Items.Count} nội dung", XlsxStyles.Header), 1, rowIndex, strings));
        for (var c = 2; c < columns.Count; c++)
        {
            var money = plan.Items.Select((item, i) => columns[c].Value(item, i + 1))
                .Where(x => x.StyleIndex?.Value == XlsxStyles.Money && x.CellValue is not null).ToList();
            if (money.Count == 0) continue;
            var column = ColumnName(c);
            var sum = money.Sum(x => double.Parse(x.CellValue!.Text, CultureInfo.InvariantCulture));
            row.Append(new Cell
            {
                CellReference = $"{column}{rowIndex}",
                CellFormula = new CellFormula($"SUM({column}{HeaderRow + 1}:{column}{lastDataRow})"),
                CellValue = new CellValue(sum.ToString(CultureInfo.InvariantCulture)),
                StyleIndex = XlsxStyles.Money,
            });
        }
        return row;
    }

    private static Cell MonthOrText(string? yearMonth, string? fallback)
    {
        if (yearMonth is { Length: 7 } && DateTime.TryParseExact(yearMonth + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            return new Cell { CellValue = new CellValue(date.ToOADate().ToString(CultureInfo.InvariantCulture)), StyleIndex = XlsxStyles.Month };
        return TextCell(fallback ?? yearMonth ?? "");
    }

    private static Cell NumberCell(double value, uint style) =>
        new() { CellValue = new CellValue(value.ToString(CultureInfo.InvariantCulture)), StyleIndex = style };

    private static Cell EmptyCell() => new() { StyleIndex = XlsxStyles.Text };

    /// <summary>A text cell; the string is put into the shared string table when the cell is placed.</summary>
    private static Cell TextCell(string text, uint style = XlsxStyles.Text) =>
        new() { DataType = CellValues.SharedString, CellValue = new CellValue(text), StyleIndex = style };

    private static Cell Place(Cell cell, int column, uint row, SharedStrings strings)
    {
        cell.CellReference = $"{ColumnName(column)}{row}";
        if (cell.DataType?.Value == CellValues.SharedString)
        {
            var text = cell.CellValue!.Text;
            if (text.Length == 0) return new Cell { CellReference = cell.CellReference, StyleIndex = cell.StyleIndex };
            cell.CellValue = new CellValue(strings.Index(text).ToString(CultureInfo.InvariantCulture));
        }
        return cell;
    }

    public static string ColumnName(int index)
    {
        var name = "";
        for (index++; index > 0; index = (index - 1) / 26) name = (char)('A' + (index - 1) % 26) + name;
        return name;
    }

    private static string SheetName(PlanDocument plan, HashSet<string> used)
    {
        var baseName = !string.IsNullOrWhiteSpace(plan.DocumentNumber) ? plan.DocumentNumber : plan.School.Name;
        if (string.IsNullOrWhiteSpace(baseName)) baseName = "Kế hoạch";
        var clean = new StringBuilder();
        foreach (var ch in baseName.Trim()) clean.Append("[]:*?/\\".Contains(ch) ? '-' : ch);
        var name = clean.ToString().Trim('\'');
        if (name.Length > 31) name = name[..31];
        var candidate = name;
        for (var n = 2; !used.Add(candidate); n++)
        {
            var suffix = $" ({n})";
            candidate = (name.Length + suffix.Length > 31 ? name[..(31 - suffix.Length)] : name) + suffix;
        }
        return candidate;
    }

    private sealed class SharedStrings(SharedStringTablePart part)
    {
        private readonly Dictionary<string, int> _index = new(StringComparer.Ordinal);
        private readonly SharedStringTable _table = new();

        public int Index(string text)
        {
            if (_index.TryGetValue(text, out var i)) return i;
            _table.Append(new SharedStringItem(new Text(text) { Space = SpaceProcessingModeValues.Preserve }));
            return _index[text] = _index.Count;
        }

        public void Save()
        {
            _table.Count = (uint)_index.Count;
            _table.UniqueCount = (uint)_index.Count;
            part.SharedStringTable = _table;
        }
    }
}
