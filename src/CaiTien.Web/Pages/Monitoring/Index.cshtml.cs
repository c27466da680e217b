using CaiTien.Data;
using CaiTien.Monitoring;
using CaiTien.Plans;
using CaiTien.Progress;
using CaiTien.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace CaiTien.Web.Pages.Monitoring;

/// <summary>The monitoring team's reviews of a plan (HK I, cuối năm): the form per row and the report downloads.</summary>
public sealed class IndexModel(CaiTienDb db, TimeProvider clock) : AppPageModel
{
    public sealed class FindingForm
    {
        public int RowId { get; set; }
        public string? Finding { get; set; }
        public string? Rating { get; set; }
        public string? Recommendation { get; set; }
    }

    public Plan Plan { get; private set; } = null!;
    public IReadOnlyList<MonitoringReview> Reviews { get; private set; } = [];
    public IReadOnlyDictionary<int, RowProgress> Progress { get; private set; } = new Dictionary<int, RowProgress>();
    public ReviewPeriod Period { get; private set; }
    public MonitoringReview? Current => Reviews.FirstOrDefault(r => r.Period == Period);
    public bool MayReview { get; private set; }
    public string? Message { get; private set; }
    public bool Saved { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id, ReviewPeriod? period, CancellationToken ct)
    {
        var plan = await db.Plans.VisibleTo(Me).AsNoTracking().Include(p => p.Items).FirstOrDefaultAsync(p => p.Id == id, ct);
        if (plan is null) return NotFound();
        Plan = plan;
        Period = period is { } p && Enum.IsDefined(p) ? p : ReviewPeriod.SemesterOne;
        Reviews = await MonitoringReports.ListAsync(db, Me, id, ct) ?? [];
        Progress = await db.RowProgress.AsNoTracking().Where(p => p.PlanId == id).ToDictionaryAsync(p => p.PlanRowId, ct);
        MayReview = RecordReview.MayReview(Me, plan.SchoolId) && plan.Status == PlanStatus.Issued;
        return Page();
    }

    public async Task<IActionResult> OnPostSaveAsync(int id, ReviewPeriod period, string? documentNumber, DateOnly? reviewedOn, string? conclusion,
        List<FindingForm>? findings, CancellationToken ct)
    {
        var input = new ReviewInput(period, documentNumber, reviewedOn, conclusion,
            (findings ?? []).Select(f => new ReviewFinding(f.RowId, f.Finding, f.Rating, f.Recommendation)).ToList());
        var result = await RecordReview.RunAsync(db, Me, id, input, clock, ct);
        var page = await OnGetAsync(id, period, ct);
        Message = result.Error;
        Saved = result.Error is null;
        if (result.Error is not null && page is PageResult) Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        return page;
    }

    public bool CanAuthor => Me.CanAuthorPlans && Me.SchoolId == Plan.SchoolId;

    public async Task<IActionResult> OnPostNextYearAsync(int id, CancellationToken ct)
    {
        var result = await CarryOverWithRecommendations.RunAsync(db, Me, id, clock, ct);
        if (result.PlanId is { } next) return Redirect($"/ke-hoach/{next}/soan");
        var page = await OnGetAsync(id, null, ct);
        Message = result.Error;
        if (page is PageResult) Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        return page;
    }

    public async Task<IActionResult> OnGetDownloadAsync(int id, int reviewId, string? format, CancellationToken ct)
    {
        var kind = format == "pdf" ? "pdf" : "docx";
        var buffer = new MemoryStream();
        var (found, fileName) = await MonitoringReports.WriteAsync(db, Me, reviewId, kind, buffer, ct);
        if (!found) return NotFound();
        buffer.Position = 0;
        return File(buffer, kind == "pdf" ? "application/pdf" : "application/vnd.openxmlformats-officedocument.wordprocessingml.document", fileName);
    }
}
