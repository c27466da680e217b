namespace CaiTien.Oversight;

/// <summary>A district officer's remark on a submitted plan, on the whole plan or on one row of it.</summary>
public sealed class ReviewComment
{
    public int Id { get; set; }
    public int PlanId { get; set; }
    public int SubmissionId { get; set; }
    public int? PlanRowId { get; set; }
    /// <summary>1-based row number in the table as the officer saw it, kept so the remark reads right on later revisions.</summary>
    public int? RowNumber { get; set; }
    public string? Criterion { get; set; }
    public required string Text { get; set; }
    public required string AuthorId { get; set; }
    public required string AuthorName { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
}
