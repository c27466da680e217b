using CaiTien.Accounts;
using CaiTien.Data;
using CaiTien.Plans;
using Microsoft.EntityFrameworkCore;

namespace CaiTien.Oversight;

/// <summary>Everything about the review of one plan that both sides see: every submission of the school year
/// (all revisions), the Phòng's comments, the publication and the công khai deadlines.</summary>
public sealed record ReviewState(
    int PlanId, int SchoolId, string SchoolCode, string SchoolName, string SchoolYear, int Revision, PlanStatus PlanStatus,
    bool IsNewestIssued, OversightStatus Status,
    IReadOnlyList<PlanSubmission> Submissions,
    IReadOnlyList<ReviewComment> Comments,
    ReviewState.PublishedInfo? Published,
    IReadOnlyList<PublicationDeadlines.Warning> Deadlines)
{
    public sealed record PublishedInfo(int PlanId, int Revision, DateTimeOffset PublishedAt, string PdfSha256);

    /// <summary>The newest submission of this very revision, if it was submitted.</summary>
    public PlanSubmission? Current => Submissions.Where(s => s.PlanId == PlanId).MaxBy(s => s.Id);

    public int RevisionOf(ReviewComment comment) => Submissions.FirstOrDefault(s => s.Id == comment.SubmissionId)?.Revision ?? 0;

    public static async Task<ReviewState?> LoadAsync(CaiTienDb db, CurrentUser user, int planId, DateOnly today, CancellationToken ct = default)
    {
        var plan = await db.Plans.VisibleTo(user).AsNoTracking()
            .Select(p => new { p.Id, p.SchoolId, p.School!.Code, p.School.Name, p.SchoolYear, p.Revision, p.Status })
            .FirstOrDefaultAsync(p => p.Id == planId, ct);
        if (plan is null) return null;
        var revisions = await db.Plans.AsNoTracking().Where(p => p.SchoolId == plan.SchoolId && p.SchoolYear == plan.SchoolYear)
            .Select(p => new { p.Id, p.Revision, p.Status, p.IssuedAt, p.IssuedOn }).ToListAsync(ct);
        var submissions = await db.PlanSubmissions.AsNoTracking().Where(s => s.SchoolId == plan.SchoolId && s.SchoolYear == plan.SchoolYear)
            .OrderBy(s => s.Id).ToListAsync(ct);
        var planIds = revisions.Select(r => r.Id).ToList();
        var comments = await db.ReviewComments.AsNoTracking().Where(c => planIds.Contains(c.PlanId)).OrderBy(c => c.Id).ToListAsync(ct);
        var published = await db.Publications.AsNoTracking().Where(p => p.SchoolId == plan.SchoolId && p.SchoolYear == plan.SchoolYear)
            .OrderByDescending(p => p.Id).Select(p => new PublishedInfo(p.PlanId, p.Revision, p.PublishedAt, p.PdfSha256)).FirstOrDefaultAsync(ct);

        var newestIssued = revisions.Where(r => r.Status == PlanStatus.Issued).MaxBy(r => r.Revision);
        var newest = revisions.MaxBy(r => r.Revision)!;
        var latestSubmission = submissions.LastOrDefault();
        var status = OversightStatuses.Resolve(true, newest.Status == PlanStatus.Issued, newest.Revision,
            latestSubmission is null ? null : (latestSubmission.Status, latestSubmission.Revision), published is not null);
        var issuedOn = newestIssued is null ? (DateOnly?)null
            : newestIssued.IssuedAt is { } at ? VietnamClock.DayOf(at) : newestIssued.IssuedOn;
        var deadlines = newestIssued is null || issuedOn is null ? []
            : PublicationDeadlines.For(plan.SchoolYear, today, (newestIssued.Revision, issuedOn.Value), published?.Revision,
                await Progress.Reminders.SchoolHolidays.ForSchoolAsync(db, plan.SchoolId, ct));
        return new ReviewState(plan.Id, plan.SchoolId, plan.Code, plan.Name, plan.SchoolYear, plan.Revision, plan.Status,
            newestIssued?.Id == plan.Id, status, submissions, comments, published, deadlines);
    }
}
