namespace CaiTien.Plans;

/// <summary>One row of the plan table. Parsed values (months, VND) sit beside the text they were read from.</summary>
public sealed class PlanRow
{
    public int Id { get; set; }
    public int PlanId { get; set; }
    public int Position { get; set; }
    /// <summary>The row's identity across revisions: a revision's copy of a row keeps it, so progress, evidence and
    /// reviews follow the row when the revision is issued.</summary>
    public Guid RowKey { get; set; } = Guid.NewGuid();
    public int? TargetLevel { get; set; }
    public required string Criterion { get; set; }
    public string? CriterionTitleAsWritten { get; set; }
    public string? StandardHeadingAsWritten { get; set; }
    public string? RowNumberAsWritten { get; set; }
    /// <summary>Where an imported row came from, e.g. "ke-hoach.docx, bảng 2, dòng 5".</summary>
    public string? SourceRef { get; set; }
    public string? Weakness { get; set; }
    public string? TargetResult { get; set; }
    public string? ResultIndicator { get; set; }
    public string? Tasks { get; set; }
    public string? Measures { get; set; }
    public string? Lead { get; set; }
    public string? Coordinators { get; set; }
    public string? TimeText { get; set; }
    /// <summary>YYYY-MM.</summary>
    public string? Start { get; set; }
    public string? End { get; set; }
    public string? Recurrence { get; set; }
    public string? BudgetText { get; set; }
    public long? BudgetVnd { get; set; }
    public string? FundingSource { get; set; }
    public string? Support { get; set; }
    public string? Evidence { get; set; }
    public string? Notes { get; set; }
    /// <summary>Marked done while the plan is carried out; carry-over to next year skips done rows.</summary>
    public bool Completed { get; set; }
    /// <summary>Optimistic concurrency token for this row.</summary>
    public int Version { get; set; }
}
