using CaiTien.Plans;

namespace CaiTien.Oversight;

public enum SubmissionStatus
{
    Submitted = 0,
    ChangesRequested = 1,
    Accepted = 2,
}

/// <summary>One issued revision of a plan sent to the school's Phòng GD&amp;ĐT, and the Phòng's decision on it.
/// Rows are never deleted: together they are the history of the review.</summary>
public sealed class PlanSubmission
{
    public int Id { get; set; }
    public int PlanId { get; set; }
    public Plan? Plan { get; set; }
    public int SchoolId { get; set; }
    public int DistrictId { get; set; }
    public required string SchoolYear { get; set; }
    public int Revision { get; set; }
    public SubmissionStatus Status { get; set; }
    public DateTimeOffset SubmittedAt { get; set; }
    public required string SubmittedBy { get; set; }
    /// <summary>Open checker errors the principal confirmed she was sending anyway.</summary>
    public int OpenErrorsAtSubmission { get; set; }
    public DateTimeOffset? DecidedAt { get; set; }
    public string? DecidedBy { get; set; }
    public string? DecisionNote { get; set; }
}
