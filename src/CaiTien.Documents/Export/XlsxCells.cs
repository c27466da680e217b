using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace CaiTien.Documents.Export;

/// <summary>Cells of the workbooks CaiTien writes: text through a shared string table, numbers with a style,
/// A1-style column names.</summary>
internal static class XlsxCells
{
    public static Cell NumberCell(double value, uint style) =>
        new() { CellValue = new CellValue(value.ToString(CultureInfo.InvariantCulture)), StyleIndex = style };

    public static Cell EmptyCell() => new() { StyleIndex = XlsxStyles.Text };

    /// <summary>A text cell; the string is put into the shared string table when the cell is placed.</summary>
    public static Cell TextCell(string text, uint style = XlsxStyles.Text) =>
        new() { DataType = CellValues.SharedString, CellValue = new CellValue(text), StyleIndex = style };

    public static Cell Place(Cell cell, int column, uint row, SharedStrings strings)
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

    public sealed class SharedStrings(SharedStringTablePart part)
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
