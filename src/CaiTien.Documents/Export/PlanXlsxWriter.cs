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
        var strings = new XlsxCells.SharedStrings(workbookPart.AddNewPart<SharedStringTablePart>());
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
            columns.Add(new("Mức cần đạt", 8, (item, _) => item.TargetLevel is { } l ? XlsxCells.NumberCell(l, XlsxStyles.Integer) : XlsxCells.EmptyCell()));
        for (var c = 0; c < set.Columns.Count; c++)
        {
            var column = set.Columns[c];
            if (column.Fields is ["index"]) continue; // every sheet numbers its rows in its own STT column
            var width = Math.Clamp(widths[c] * 160, 9, 70);
            columns.Add(column.Fields switch
            {
                ["start"] => new(column.Header, Math.Max(width, 11), (item, row) => MonthOrText(item.Start, item.End is null ? item.TimeText : null)),
                ["end"] => new(column.Header, Math.Max(width, 11), (item, _) => MonthOrText(item.End, null)),
                ["budgetVnd"] => new(column.Header, Math.Max(width, 14), (item, _) => item.BudgetVnd is { } v ? XlsxCells.NumberCell(v, XlsxStyles.Money) : XlsxCells.EmptyCell()),
                _ => new(column.Header, width, (item, row) => XlsxCells.TextCell(ColumnSet.CellText(column, item, new PlanFieldContext(options, row)))),
            });
        }
        if (plan.Items.Any(i => i.BudgetVnd is not null) && !set.Columns.Any(c => c.Fields is ["budgetVnd"]))
            columns.Add(new("Kinh phí (đồng)", 16, (item, _) => item.BudgetVnd is { } v ? XlsxCells.NumberCell(v, XlsxStyles.Money) : XlsxCells.EmptyCell()));
        return columns;
    }

    private static Worksheet Sheet(PlanDocument plan, List<XlsxColumn> columns, DocumentOptions options, XlsxCells.SharedStrings strings) =>
        XlsxTable.Sheet(SheetTitle(plan), columns.Select(c => new XlsxTable.Column(c.Header, c.Width, i => c.Value(plan.Items[i], i + 1))).ToList(),
            plan.Items.Count, $"{plan.Items.Count} nội dung", strings);

    private static string SheetTitle(PlanDocument plan)
    {
        var year = plan.SchoolYear.Replace("-", " - ");
        var school = string.IsNullOrWhiteSpace(plan.School.Name) ? "" : $" — {plan.School.Name}";
        return $"KẾ HOẠCH CẢI TIẾN CHẤT LƯỢNG GIÁO DỤC NĂM HỌC {year}{school}".Trim();
    }

    private static Cell MonthOrText(string? yearMonth, string? fallback)
    {
        if (yearMonth is { Length: 7 } && DateTime.TryParseExact(yearMonth + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            return new Cell { CellValue = new CellValue(date.ToOADate().ToString(CultureInfo.InvariantCulture)), StyleIndex = XlsxStyles.Month };
        return XlsxCells.TextCell(fallback ?? yearMonth ?? "");
    }

    public static string ColumnName(int index) => XlsxCells.ColumnName(index);

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
}
