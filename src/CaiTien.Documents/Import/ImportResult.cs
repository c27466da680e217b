using CaiTien.Documents.Interchange;

namespace CaiTien.Documents.Import;

/// <summary>The outcome of importing a Word or Excel plan: the plan (null when the file could not be read),
/// messages in Vietnamese with their location, and the preview data the user can correct.</summary>
public sealed record ImportResult
{
    public PlanDocument? Plan { get; init; }
    public IReadOnlyList<ImportMessage> Warnings { get; init; } = [];
    public IReadOnlyList<ImportMessage> Errors { get; init; } = [];

    /// <summary>How each column of the plan table was mapped to a plan field (null field: not used).</summary>
    public IReadOnlyList<ColumnMapping> Columns { get; init; } = [];

    /// <summary>For each item of <see cref="PlanDocument.Items"/> (same order), where it came from.</summary>
    public IReadOnlyList<ItemSource> ItemSources { get; init; } = [];

    /// <summary>Non-empty cells the importer could not place in any field.</summary>
    public IReadOnlyList<UnplacedCell> UnplacedCells { get; init; } = [];

    public bool Ok => Plan is not null && Errors.Count == 0;

    /// <summary>An exception from the importer itself (not from a damaged file) that was turned into a message;
    /// kept for logs and tests.</summary>
    internal Exception? Fault { get; init; }

    internal static ImportResult Failed(string fileName, string message) =>
        new() { Errors = [new ImportMessage(message, new SourceLocation(fileName))] };
}

/// <summary>A message for the user, with where in the file it applies.</summary>
public sealed record ImportMessage(string Message, SourceLocation Location)
{
    public override string ToString() => $"{Location}: {Message}";
}

/// <summary>Where something is in the source file. Table, row and column numbers count from 1 as the user sees
/// them; a paragraph number counts the body's paragraphs and tables from 1.</summary>
public sealed record SourceLocation(string File, int? Table = null, int? Row = null, int? Column = null, int? Paragraph = null)
{
    public override string ToString()
    {
        var parts = new List<string> { $"Tệp {File}" };
        if (Table is { } t) parts.Add($"bảng {t}");
        if (Row is { } r) parts.Add($"dòng {r}");
        if (Column is { } c) parts.Add($"cột {c}");
        if (Paragraph is { } p) parts.Add($"đoạn {p}");
        return string.Join(", ", parts);
    }
}

/// <summary>A column of the plan table (index from 0 in the table grid), its header as written and the field
/// it was mapped to (a <see cref="PlanItem"/> property name in camelCase, "timeStart"/"timeEnd" for split time
/// columns, "criterion", "standard", "sequence"), or null when unused.</summary>
public sealed record ColumnMapping(int ColumnIndex, string HeaderText, string? Field);

/// <summary>Where an item came from: the table number and the row numbers (from 1) in that table;
/// <see cref="SourceRowIndex"/> numbers the rows of the whole plan table (all its segments) from 1.</summary>
public sealed record ItemSource(int ItemIndex, int Table, int SourceRowIndex, IReadOnlyList<int> Rows);

/// <summary>A cell whose text was not placed in the plan; <see cref="SourceRowIndex"/> is the key for
/// <see cref="ImportOverrides.RowCriteria"/> when the row lacked a criterion.</summary>
public sealed record UnplacedCell(int Table, int Row, int ColumnIndex, string Text, string Reason, int SourceRowIndex);

/// <summary>The user's corrections from the preview: a field per column index (null to ignore the column) and a
/// criterion code per source row index (<see cref="ItemSource.SourceRowIndex"/>).</summary>
public sealed record ImportOverrides
{
    public IReadOnlyDictionary<int, string?> ColumnFields { get; init; } = new Dictionary<int, string?>();
    public IReadOnlyDictionary<int, string> RowCriteria { get; init; } = new Dictionary<int, string>();

    public static readonly ImportOverrides None = new();

    /// <summary>The field names a column can be mapped to.</summary>
    public static readonly IReadOnlySet<string> Fields = new HashSet<string>
    {
        "criterion", "standard", "sequence", "targetLevel", "weakness", "targetResult", "resultIndicator", "tasks", "measures", "lead", "coordinators",
        "timeText", "timeStart", "timeEnd", "budgetText", "fundingSource", "support", "evidence", "notes",
    };
}
