using System.Globalization;
using System.IO.Compression;
using System.Text;
using System.Text.RegularExpressions;
using System.Xml;
using MiniExcelLibs;

namespace CaiTien.Documents.Import.Staff;

public sealed record StaffListRow(int Row, string FullName, string Position, string? Team, string? Email, string? Phone);

/// <summary>A problem in the file, located as Excel shows it: row number and column letter (null for the whole file).</summary>
public sealed record StaffListError(int? Row, string? Column, string Message)
{
    public override string ToString() => Row is null ? Message : $"Dòng {Row}{(Column is null ? "" : $", cột {Column}")}: {Message}";
}

public sealed record StaffListRead(IReadOnlyList<StaffListRow> Rows, IReadOnlyList<StaffListError> Errors)
{
    public bool Ok => Errors.Count == 0;
}

/// <summary>Reads a school's staff list (.xlsx): a header row naming the columns họ tên, chức vụ, tổ, email, điện
/// thoại in any order, then one person per row. Cells holding formulas are refused (their value depends on the
/// file, not on what the user sees), as are rows without a name or position and malformed emails or phones.</summary>
public static partial class StaffListReader
{
    public const int MaxRows = 2_000;

    private enum Field { Name, Position, Team, Email, Phone }

    public static StaffListRead Read(Stream content)
    {
        var buffer = new MemoryStream();
        content.CopyTo(buffer);
        buffer.Position = 0;
        List<IDictionary<string, object?>> sheet;
        HashSet<string> formulas;
        try
        {
            formulas = FormulaCells(buffer);
            buffer.Position = 0;
            sheet = MiniExcel.Query(buffer, useHeaderRow: false, excelType: ExcelType.XLSX).Take(MaxRows + 20)
                .Select(r => (IDictionary<string, object?>)r).ToList();
        }
        catch (Exception ex) when (ex is InvalidDataException or XmlException or IOException or InvalidOperationException or KeyNotFoundException or FormatException or NotSupportedException)
        {
            return new([], [new(null, null, "Tệp không phải tệp Excel .xlsx đọc được. Hãy mở bằng Excel, lưu dạng .xlsx rồi tải lên lại.")]);
        }
        var errors = new List<StaffListError>();
        var headerIndex = sheet.FindIndex(r => r.Values.Any(v => FieldOf(Text(v)) == Field.Name));
        if (headerIndex < 0 || headerIndex > 10)
            return new([], [new(null, null, "Không tìm thấy dòng tiêu đề có cột \"Họ tên\" (và \"Chức vụ\", \"Tổ\", \"Email\", \"Điện thoại\") trong 10 dòng đầu.")]);
        var columns = new Dictionary<Field, string>();
        foreach (var (column, value) in sheet[headerIndex])
            if (FieldOf(Text(value)) is { } f && !columns.ContainsKey(f)) columns[f] = column;
        if (!columns.ContainsKey(Field.Position))
            errors.Add(new(headerIndex + 1, null, "Thiếu cột \"Chức vụ\" ở dòng tiêu đề."));
        if (sheet.Count - headerIndex - 1 > MaxRows)
            return new([], [new(null, null, $"Danh sách có hơn {MaxRows} dòng; hãy chia thành nhiều tệp.")]);

        var rows = new List<StaffListRow>();
        for (var i = headerIndex + 1; i < sheet.Count; i++)
        {
            var rowNumber = i + 1;
            string? Cell(Field f) => columns.TryGetValue(f, out var c) && sheet[i].TryGetValue(c, out var v) ? Clean(Text(v)) : null;
            foreach (var column in columns.Values.Where(c => formulas.Contains(c + rowNumber)))
                errors.Add(new(rowNumber, column, "ô chứa công thức; hãy chép và dán giá trị (Paste Special → Values) thay cho công thức."));
            foreach (var (field, column) in columns)
                if (Cell(field) is { } text && text.StartsWith('=') && !formulas.Contains(column + rowNumber))
                    errors.Add(new(rowNumber, column, "ô bắt đầu bằng dấu \"=\" (công thức); hãy ghi giá trị."));
            var name = Cell(Field.Name);
            var position = Cell(Field.Position);
            var team = Cell(Field.Team);
            var email = Cell(Field.Email);
            var phone = Cell(Field.Phone);
            if (name is null && position is null && team is null && email is null && phone is null) continue;
            if (name is null) errors.Add(new(rowNumber, columns[Field.Name], "thiếu họ tên."));
            else if (name.Length > 200) errors.Add(new(rowNumber, columns[Field.Name], "họ tên quá dài (tối đa 200 ký tự)."));
            if (position is null && columns.TryGetValue(Field.Position, out var pc)) errors.Add(new(rowNumber, pc, "thiếu chức vụ."));
            else if (position is { Length: > 200 }) errors.Add(new(rowNumber, columns[Field.Position], "chức vụ quá dài (tối đa 200 ký tự)."));
            if (team is { Length: > 200 }) errors.Add(new(rowNumber, columns[Field.Team], "tên tổ quá dài (tối đa 200 ký tự)."));
            if (email is not null && !EmailPattern().IsMatch(email))
                errors.Add(new(rowNumber, columns[Field.Email], $"email \"{email}\" không đúng định dạng."));
            if (phone is not null && !PhonePattern().IsMatch(phone))
                errors.Add(new(rowNumber, columns[Field.Phone], $"số điện thoại \"{phone}\" không đúng (chỉ gồm chữ số, dấu cách, dấu chấm, dấu +)."));
            if (name is not null && position is not null)
                rows.Add(new StaffListRow(rowNumber, name, position, team, email, phone));
        }
        foreach (var dup in rows.GroupBy(r => (Fold(r.FullName), r.Email?.ToLowerInvariant())).Where(g => g.Count() > 1))
            errors.Add(new(dup.Last().Row, columns[Field.Name], $"\"{dup.Last().FullName}\" trùng với dòng {dup.First().Row}."));
        if (rows.Count == 0 && errors.Count == 0) errors.Add(new(null, null, "Danh sách không có dòng cán bộ nào dưới dòng tiêu đề."));
        return new(rows, errors.OrderBy(e => e.Row ?? 0).ThenBy(e => e.Column).ToList());
    }

    private static Field? FieldOf(string? header)
    {
        var h = Fold(header ?? "");
        if (h.Length is 0 or > 40) return null;
        if (h.Contains("ho ten") || h.Contains("ho va ten")) return Field.Name;
        if (h.Contains("chuc vu")) return Field.Position;
        if (h.Contains("email") || h.Contains("e-mail") || h.Contains("thu dien tu")) return Field.Email;
        if (h.Contains("dien thoai") || h == "sdt" || h == "sđt") return Field.Phone;
        if (h == "to" || h.StartsWith("to ") || h.Contains("to chuyen mon")) return Field.Team;
        return null;
    }

    /// <summary>Lower case without diacritics, for matching headers and names.</summary>
    public static string Fold(string text)
    {
        var d = text.Trim().ToLowerInvariant().Replace('đ', 'd').Normalize(NormalizationForm.FormD);
        var sb = new StringBuilder(d.Length);
        foreach (var c in d)
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark) sb.Append(c);
        return Regex.Replace(sb.ToString(), @"\s+", " ");
    }

    private static string? Text(object? value) => value switch
    {
        null => null,
        DateTime d => d.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture),
        double n => n.ToString(CultureInfo.InvariantCulture),
        _ => value.ToString(),
    };

    private static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : Regex.Replace(text.Trim(), @"\s+", " ");

    /// <summary>References ("C5") of the cells of the first worksheet that hold a formula.</summary>
    private static HashSet<string> FormulaCells(Stream xlsx)
    {
        using var zip = new ZipArchive(xlsx, ZipArchiveMode.Read, leaveOpen: true);
        var sheetPath = FirstSheetPath(zip) ?? throw new InvalidDataException("no worksheet");
        var cells = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        using var stream = (zip.GetEntry(sheetPath) ?? throw new InvalidDataException("no worksheet")).Open();
        using var reader = XmlReader.Create(stream, new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit });
        string? current = null;
        while (reader.Read())
        {
            if (reader.NodeType != XmlNodeType.Element) continue;
            if (reader.LocalName == "c") current = reader.GetAttribute("r");
            else if (reader.LocalName == "f" && current is not null) cells.Add(current);
        }
        return cells;
    }

    private static string? FirstSheetPath(ZipArchive zip)
    {
        string? relId = null;
        using (var wb = (zip.GetEntry("xl/workbook.xml") ?? throw new InvalidDataException("no workbook")).Open())
        using (var reader = XmlReader.Create(wb, new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit }))
            while (relId is null && reader.Read())
                if (reader.NodeType == XmlNodeType.Element && reader.LocalName == "sheet")
                    relId = reader.GetAttribute("id", "http://schemas.openxmlformats.org/officeDocument/2006/relationships");
        using var rels = (zip.GetEntry("xl/_rels/workbook.xml.rels") ?? throw new InvalidDataException("no relationships")).Open();
        using var relReader = XmlReader.Create(rels, new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit });
        while (relReader.Read())
            if (relReader.NodeType == XmlNodeType.Element && relReader.LocalName == "Relationship" && relReader.GetAttribute("Id") == relId)
            {
                var target = relReader.GetAttribute("Target") ?? "";
                return target.StartsWith('/') ? target.TrimStart('/') : "xl/" + target;
            }
        return null;
    }

    [GeneratedRegex(@"^[^@\s""'<>,;]+@[^@\s""'<>,;]+\.[A-Za-z]{2,}$")]
    private static partial Regex EmailPattern();

    [GeneratedRegex(@"^\+?[0-9][0-9 .\-]{6,18}[0-9]$")]
    private static partial Regex PhonePattern();
}
