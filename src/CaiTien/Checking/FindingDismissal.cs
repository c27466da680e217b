namespace CaiTien.Checking;

/// <summary>A finding the school decided not to act on, with who decided and why. Matched to later checks by
/// rule and location, so it stays dismissed while the plan changes around it.</summary>
public sealed class FindingDismissal
{
    public int Id { get; set; }
    public int PlanId { get; set; }
    public required string Rule { get; set; }
    public required string LocationKey { get; set; }
    public required string Reason { get; set; }
    public required string DismissedBy { get; set; }
    public DateTimeOffset DismissedAt { get; set; }

    /// <summary>Rows are keyed by criterion rather than position so reordering the table keeps the dismissal.</summary>
    public static string KeyOf(Finding f) =>
        $"{f.Location.Section}|{f.Location.Criterion ?? f.Location.Item?.ToString()}|{f.Location.Field}";
}
