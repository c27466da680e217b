using System.Text.RegularExpressions;
using CaiTien.Documents.Phrases;

namespace CaiTien.Documents.Import;

/// <summary>Turns the located plan table into item drafts: skips repeated headers, follows grouping rows
/// ("MỨC 1", "Tiêu chuẩn 1: …", "Tiêu chí 1.1"), shares vertically merged criterion cells between sub-rows and
/// reattaches rows that continue the previous one mid-sentence.</summary>
internal sealed partial class PlanRowReader(string fileName, ImportVocabulary vocabulary, ImportOverrides overrides,
    Func<string, string?>? codeOfTitle = null)
{
    public List<ItemDraft> Items { get; } = [];
    public List<UnplacedCell> Unplaced { get; } = [];
    public List<ImportMessage> Warnings { get; } = [];
    public List<ImportMessage> Errors { get; } = [];

    private int? _level;
    private string? _standardHeading;
    private int? _standardNumber;
    private (string Code, string? Title)? _groupCriterion;
    private (string Code, string? Title)? _rowAbove;
    private string? _groupNumber;

    private IReadOnlyList<string> _headerTexts = [];
    private IReadOnlyList<string> _subHeaderTexts = [];

    public void Read(PlanTableLocator.Located table, IReadOnlyList<ColumnMapping> columns)
    {
        _headerTexts = table.Segments[0].Rows[table.HeaderRow].Cells.Select(c => VietnameseText.Fold(c.Text)).ToList();
        _subHeaderTexts = table.HeaderRowCount > 1
            ? table.Segments[0].Rows[table.HeaderRow + 1].Cells.Select(c => c.IsMergedFromAbove ? "" : VietnameseText.Fold(c.Text)).ToList()
            : [];
        var offset = 0;
        for (var s = 0; s < table.Segments.Count; s++)
        {
            var segment = table.Segments[s];
            if (s < table.HeadingsBefore.Count)
                foreach (var heading in table.HeadingsBefore[s]) ApplyGrouping(heading);
            var first = s == 0 ? table.HeaderRow + table.HeaderRowCount : 0;
            for (var r = first; r < segment.Rows.Count; r++)
                ReadRow(segment, segment.Rows[r], offset + segment.Rows[r].RowNumber, columns, atTopOfContinuation: s > 0 && r < 3);
            offset += segment.Rows.Count;
        }
    }

    private void ReadRow(SourceTable table, SourceRow row, int sourceRowIndex, IReadOnlyList<ColumnMapping> columns, bool atTopOfContinuation)
    {
        var own = row.Cells.Select((c, i) => (Cell: c, Index: i))
            .Where(x => !x.Cell.IsSpanned && !x.Cell.IsBlank && !x.Cell.IsMergedFromAbove)
            .Where(x => !(x.Index < columns.Count && columns[x.Index].Field == "sequence" && x.Cell.Span == 1 && SequenceNumber().IsMatch(x.Cell.Text!))).ToList();
        if (row.Cells.All(c => c.IsBlank) || row.IsRepeatedHeader || IsHeaderLike(row, atTopOfContinuation) || IsNumberingRow(own.Select(o => o.Cell.Text!).ToList()))
            return;

        var written = SequenceWritten(row, columns);
        if (IsGroupingRow(own, columns))
        {
            ReadGroupingRow(table, row, own[0].Cell.Text!, own[0].Index, sourceRowIndex);
            // "1 | Tiêu chuẩn 1: …": the number of a standard group is the number of the rows under it.
            _groupNumber = written;
            return;
        }

        var texts = new Dictionary<string, string>();
        (string Code, string? Title)? criterion = null;
        SourceCell? criterionCell = null;
        string? standardNumber = null;
        string? criterionNameOnly = null;
        int? rowLevel = null;
        var parts = new List<(string? Field, SourceCell Cell, int ColumnIndex)>();
        var marked = false;
        foreach (var column in columns)
        {
            if (column.ColumnIndex >= row.Cells.Count) continue;
            var cell = row.Cells[column.ColumnIndex];
            if (cell.IsSpanned || cell.IsBlank) continue;
            if (cell.Text is { Length: > 0 }) parts.Add((column.Field, cell, column.ColumnIndex));
            foreach (var group in cell.FieldLines.GroupBy(f => f.Field))
            {
                marked = true;
                var lines = group.Select(g => g.Line).ToList();
                if (Export.PlanFields.Find(group.Key)?.PrefixWhenJoined is { } label && lines[0].StartsWith(label, StringComparison.Ordinal))
                    lines[0] = lines[0][label.Length..];
                parts.Add((group.Key, new SourceCell(lines) { IsMergedFromAbove = cell.IsMergedFromAbove }, column.ColumnIndex));
            }
        }
        foreach (var (field, cell, columnIndex) in parts)
        {
            if (cell.IsBlank) continue;
            switch (field)
            {
                case "criterion":
                    criterionCell ??= cell;
                    var read = CriterionText.Read(cell.Text) ?? CriterionText.ReadWithinStandard(cell.Text, StandardOf(standardNumber) ?? _standardNumber);
                    if (read is null && criterion is not null) criterionNameOnly ??= cell.Text;
                    criterion ??= read;
                    break;
                case "standard":
                    standardNumber = cell.Text;
                    break;
                case "targetLevel":
                    rowLevel = CriterionText.LevelValue(cell.Text);
                    break;
                case "sequence":
                    break;
                case null:
                    if (!cell.IsMergedFromAbove)
                        Unplaced.Add(new UnplacedCell(table.TableNumber, row.RowNumber, columnIndex, cell.Text!, "Cột không khớp với trường nào của kế hoạch.", sourceRowIndex));
                    break;
                default:
                    texts[field] = texts.TryGetValue(field, out var before) ? VietnameseText.JoinLines([before, cell.Text!]) : cell.Text!;
                    break;
            }
        }

        if (criterion is null && criterionCell?.Text is { } bare && Regex.IsMatch(bare.Trim(), @"^\d{1,2}\.?$")
            && standardNumber is not null && Regex.Match(standardNumber, @"^\s*([1-5])\b") is { Success: true } std)
            criterion = ($"{std.Groups[1].Value}.{int.Parse(bare.Trim().TrimEnd('.'))}", null);

        if (criterion is { Title: null } known && criterionNameOnly is not null) criterion = (known.Code, criterionNameOnly);
        if (criterion is null && criterionCell is { IsMergedFromAbove: false, Text: { } titleOnly } && codeOfTitle?.Invoke(titleOnly) is { } looked)
        {
            criterion = (looked, titleOnly.TrimEnd(';', '.', ',').Trim());
            Warnings.Add(new ImportMessage($"Ô tiêu chí chỉ ghi tên \"{Shorten(titleOnly)}\"; đã nhận là tiêu chí {looked} theo tên trong bộ tiêu chuẩn.",
                new SourceLocation(fileName, table.TableNumber, row.RowNumber)));
        }

        if (overrides.RowCriteria.TryGetValue(sourceRowIndex, out var forced))
            criterion = (forced, criterion?.Title);

        var continues = criterion is null && (criterionCell is null || !criterionCell.IsMergedFromAbove) && Items.Count > 0
            && texts.Count > 0 && VietnameseText.StartsLowercase(FirstText(row, columns) ?? "");
        if (continues)
        {
            Items[^1].Append(texts, row.RowNumber);
            return;
        }

        if (criterion is null && _groupCriterion is null && _rowAbove is not null && texts.Count > 0)
        {
            // A blank criterion cell under a criterion reads as another row of the same criterion.
            criterion = _rowAbove;
            Warnings.Add(new ImportMessage($"Dòng không ghi tiêu chí; đã coi là cùng tiêu chí {criterion.Value.Code} với dòng trên (có thể sửa trong bản xem trước).",
                new SourceLocation(fileName, table.TableNumber, row.RowNumber)));
        }
        criterion ??= _groupCriterion;
        if (criterion is null)
        {
            if (texts.Count == 0) return;
            Errors.Add(new ImportMessage("Không xác định được tiêu chí của dòng này; hãy chọn tiêu chí cho dòng trong bản xem trước.",
                new SourceLocation(fileName, table.TableNumber, row.RowNumber)));
            foreach (var (cell, index) in own)
                Unplaced.Add(new UnplacedCell(table.TableNumber, row.RowNumber, index, cell.Text!, "Dòng không có mã tiêu chí.", sourceRowIndex));
            return;
        }
        if (texts.Count == 0 && criterionCell is not null && !criterionCell.IsMergedFromAbove)
        {
            // A criterion cell alone on its row works like a grouping row for the rows below it.
            _groupCriterion = criterion;
            return;
        }
        _rowAbove = criterion;
        Items.Add(new ItemDraft(criterion.Value.Code, criterion.Value.Title, rowLevel ?? _level, _standardHeading, texts, table.TableNumber, row.RowNumber, sourceRowIndex)
            { RowNumberAsWritten = written ?? _groupNumber, Marked = marked });
    }

    private void ReadGroupingRow(SourceTable table, SourceRow row, string text, int column, int sourceRowIndex)
    {
        if (ApplyGrouping(text)) return;
        Warnings.Add(new ImportMessage($"Dòng nhóm \"{Shorten(text)}\" không phải mức, tiêu chuẩn hay tiêu chí; đã bỏ qua.",
            new SourceLocation(fileName, table.TableNumber, row.RowNumber)));
        Unplaced.Add(new UnplacedCell(table.TableNumber, row.RowNumber, column, text, "Dòng nhóm không nhận ra.", sourceRowIndex));
    }

    /// <summary>Applies a grouping heading ("MỨC 1", "Tiêu chuẩn 2: …", "Tiêu chí 2.1: …"); false when it is none.</summary>
    private bool ApplyGrouping(string text)
    {
        var level = CriterionText.Level(text, out var isLevel);
        if (isLevel)
        {
            _level = level;
            _groupNumber = null;
            _groupCriterion = null;
            _rowAbove = null;
            return true;
        }
        if (CriterionText.Standard(text) is { } standard)
        {
            _standardHeading = text;
            _standardNumber = standard;
            _groupCriterion = null;
            _rowAbove = null;
            return true;
        }
        if (CriterionText.StartsWithCriterionWord(text)
            && (CriterionText.Read(text) ?? CriterionText.ReadWithinStandard(text, _standardNumber)) is { } criterion)
        {
            _groupCriterion = criterion;
            return true;
        }
        return false;
    }

    private static int? StandardOf(string? text) =>
        text is not null && Regex.Match(text, @"^\s*(?:Tiêu chuẩn\s*)?([1-5])\b", RegexOptions.IgnoreCase) is { Success: true } m ? int.Parse(m.Groups[1].Value) : null;

    private static bool IsGroupingRow(List<(SourceCell Cell, int Index)> own, IReadOnlyList<ColumnMapping> columns)
    {
        if (own.Count != 1) return false;
        var (cell, index) = own[0];
        if (cell.Span >= 2) return true;
        var text = cell.Text!;
        CriterionText.Level(text, out var isLevel);
        var field = index < columns.Count ? columns[index].Field : null;
        return isLevel || CriterionText.Standard(text) is not null
            || (field is "criterion" or "standard" or "sequence" or null && CriterionText.StartsWithCriterionWord(text));
    }

    /// <summary>A header repeated on a later page (same words in the same columns as the header), or at the top of
    /// a continuation table a header in other words (short known header words) or its sub-header row.</summary>
    private bool IsHeaderLike(SourceRow row, bool atTopOfContinuation)
    {
        var own = row.Cells.Where(c => !c.IsSpanned && !c.IsBlank && !c.IsMergedFromAbove).Select(c => c.Text!).ToList();
        if (own.Count == 0) return false;
        var sameAsHeader = row.Cells.Select((c, i) => !c.IsBlank && i < _headerTexts.Count && _headerTexts[i].Length > 0 && VietnameseText.Fold(c.Text) == _headerTexts[i]).Count(x => x);
        if (sameAsHeader >= 2 && sameAsHeader * 2 >= own.Count) return true;
        var ownColumns = row.Cells.Select((c, i) => (c, i)).Where(x => !x.c.IsSpanned && !x.c.IsBlank && !x.c.IsMergedFromAbove).ToList();
        if (_subHeaderTexts.Count > 0 && ownColumns.All(x => x.i < _subHeaderTexts.Count && _subHeaderTexts[x.i].Length > 0 && VietnameseText.Fold(x.c.Text) == _subHeaderTexts[x.i]))
            return true;
        if (!atTopOfContinuation || own.Any(t => CriterionText.Read(t) is not null)) return false;
        var mapped = own.Count(t => t.Length <= 60 && vocabulary.FieldForHeader(t) is not null);
        return mapped >= 3 || (mapped == own.Count && own.All(t => t.Length <= 25) && row.Cells.Any(c => c.IsMergedFromAbove));
    }

    /// <summary>The number in the row's own TT cell as written ("1", "4.", "II"), or null.</summary>
    private static string? SequenceWritten(SourceRow row, IReadOnlyList<ColumnMapping> columns)
    {
        foreach (var column in columns.Where(c => c.Field == "sequence" && c.ColumnIndex < row.Cells.Count))
        {
            var cell = row.Cells[column.ColumnIndex];
            // A TT cell merged down over sub-rows gives them all its number.
            if (!cell.IsBlank && !cell.IsSpanned && cell.Span == 1 && SequenceNumber().IsMatch(cell.Text!)) return cell.Text;
        }
        return null;
    }

    private static bool IsNumberingRow(List<string> texts) =>
        texts.Count >= 3 && texts.All(t => Regex.IsMatch(t, @"^\(?\d{1,2}\)?$|^\(?[A-Z]\)?$"));

    private static string? FirstText(SourceRow row, IReadOnlyList<ColumnMapping> columns) =>
        columns.Where(c => c.Field is not null and not "criterion" and not "standard" and not "sequence" && c.ColumnIndex < row.Cells.Count)
            .Select(c => row.Cells[c.ColumnIndex]).FirstOrDefault(c => !c.IsBlank && !c.IsSpanned && !c.IsMergedFromAbove)?.Text;

    [GeneratedRegex(@"^(?:[IVXivx]{1,4}|\d{1,3}|[A-Za-z])[.)]?$")]
    private static partial Regex SequenceNumber();

    private static string Shorten(string text) => text.Length <= 60 ? text : text[..57] + "…";
}
