namespace CaiTien.Progress;

/// <summary>The current state of one row of an issued plan: status and percent done.</summary>
public sealed class RowProgress
{
    public int Id { get; set; }
    public int PlanId { get; set; }
    public int PlanRowId { get; set; }
    public RowStatus Status { get; set; }
    public int Percent { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
    public string? UpdatedBy { get; set; }
}

/// <summary>One progress report on a row, kept as history: what was reported, when and by whom.</summary>
public sealed class ProgressEntry
{
    public int Id { get; set; }
    public int PlanId { get; set; }
    public int PlanRowId { get; set; }
    public RowStatus Status { get; set; }
    public int Percent { get; set; }
    /// <summary>The day the note is about (the reporter may record yesterday's work).</summary>
    public DateOnly On { get; set; }
    public string? Note { get; set; }
    public DateTimeOffset RecordedAt { get; set; }
    public required string RecordedBy { get; set; }
}
