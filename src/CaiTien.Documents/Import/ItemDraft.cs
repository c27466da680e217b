using CaiTien.Documents.Phrases;

namespace CaiTien.Documents.Import;

/// <summary>A plan row as read from the table, before time and money are parsed.</summary>
internal sealed class ItemDraft(string criterion, string? title, int? targetLevel, string? standardHeading,
    Dictionary<string, string> texts, int table, int firstRow, int sourceRowIndex)
{
    public string Criterion { get; } = criterion;
    public string? Title { get; } = title;
    public int? TargetLevel { get; } = targetLevel;
    public string? StandardHeading { get; } = standardHeading;
    public Dictionary<string, string> Texts { get; } = texts;
    public int Table { get; } = table;
    public int SourceRowIndex { get; } = sourceRowIndex;
    public List<int> Rows { get; } = [firstRow];

    /// <summary>The TT cell of the row (or of its standard group) as written.</summary>
    public string? RowNumberAsWritten { get; init; }

    /// <summary>The row came from a letter CaiTien wrote: its cells say which field each paragraph is.</summary>
    public bool Marked { get; init; }

    public string? Text(string field) => Texts.TryGetValue(field, out var text) ? text : null;

    /// <summary>Adds a row that continues this one (split across a page): each cell's text is joined on.</summary>
    public void Append(Dictionary<string, string> more, int row)
    {
        foreach (var (field, text) in more)
            Texts[field] = Texts.TryGetValue(field, out var before) ? VietnameseText.JoinLines([before, text]) : text;
        Rows.Add(row);
    }
}
