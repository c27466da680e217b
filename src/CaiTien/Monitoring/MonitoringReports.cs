using CaiTien.Accounts;
using CaiTien.Data;
using CaiTien.Progress;
using Microsoft.EntityFrameworkCore;

namespace CaiTien.Monitoring;

/// <summary>Reading reviews of a plan the user may see, and rendering a review as its report letter.</summary>
public static class MonitoringReports
{
    public static async Task<IReadOnlyList<MonitoringReview>?> ListAsync(CaiTienDb db, CurrentUser user, int planId, CancellationToken ct = default)
    {
        if (!await db.Plans.VisibleTo(user).AnyAsync(p => p.Id == planId, ct)) return null;
        return await db.Set<MonitoringReview>().AsNoTracking().Where(r => r.PlanId == planId).OrderBy(r => r.Period).ToListAsync(ct);
    }

    public static Task<MonitoringReview?> FindAsync(CaiTienDb db, CurrentUser user, int reviewId, CancellationToken ct = default) =>
        db.Set<MonitoringReview>().AsNoTracking()
            .FirstOrDefaultAsync(r => r.Id == reviewId && db.Plans.VisibleTo(user).Any(p => p.Id == r.PlanId), ct);

    /// <summary>Writes the report as "docx" or "pdf"; false when the review is not visible to the user.</summary>
    public static async Task<(bool Found, string FileName)> WriteAsync(CaiTienDb db, CurrentUser user, int reviewId, string format, Stream output, CancellationToken ct = default)
    {
        var review = await FindAsync(db, user, reviewId, ct);
        if (review is null) return (false, "");
        var plan = await db.Plans.AsNoTracking().Include(p => p.Items).FirstAsync(p => p.Id == review.PlanId, ct);
        var progress = await db.Set<RowProgress>().AsNoTracking().Where(p => p.PlanId == plan.Id)
            .ToDictionaryAsync(p => p.PlanRowId, p => new MonitoringReportLetter.RowState(p.Status, p.Percent), ct);
        var position = await db.Set<CaiTien.Schools.StaffMember>().AsNoTracking()
            .Where(s => s.SchoolId == plan.SchoolId && s.FullName == review.ReviewerName).Select(s => s.Position).FirstOrDefaultAsync(ct);
        var letter = MonitoringReportLetter.Build(plan, review, progress, new List<string>(), position);
        if (format == "pdf") MonitoringReportLetter.WritePdf(letter, output);
        else MonitoringReportLetter.WriteDocx(letter, output);
        var number = (review.DocumentNumber ?? "bao-cao").Replace('/', '-');
        return (true, $"{number}-giam-sat-{(review.Period == ReviewPeriod.SemesterOne ? "hk1" : "cuoi-nam")}-{plan.SchoolYear}.{format}");
    }
}
