using CaiTien.Data;
using CaiTien.Oversight;
using CaiTien.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace CaiTien.Web.Pages.Oversight;

/// <summary>The review of one plan: the Phòng comments and decides; the school submits, reads the comments and publishes.</summary>
public sealed class ReviewModel(CaiTienDb db, TimeProvider clock, Microsoft.AspNetCore.OutputCaching.IOutputCacheStore publicPages) : AppPageModel
{
    public sealed record RowLine(int Id, int Number, string Criterion, string? Target, string? Tasks, string? Time, string? Budget, bool Completed);

    public ReviewState State { get; private set; } = null!;
    public IReadOnlyList<RowLine> Rows { get; private set; } = [];
    public string? Message { get; private set; }
    /// <summary>A refused comment or decision note, shown again in its box.</summary>
    public string? TypedText { get; private set; }
    public int? TypedRowId { get; private set; }
    public string? TypedNote { get; private set; }
    public int UnconfirmedErrors { get; private set; }

    public bool IsReviewer { get; private set; }
    public bool CanAuthor => Me.CanAuthorPlans && Me.SchoolId == State.SchoolId;

    private DateOnly Today => DateOnly.FromDateTime(clock.GetLocalNow().DateTime);

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        var state = await ReviewState.LoadAsync(db, Me, id, Today, ct);
        if (state is null) return NotFound();
        State = state;
        IsReviewer = await Reviewers.CanReviewAsync(db, Me, id, ct);
        var rows = await db.PlanRows.AsNoTracking().Where(r => r.PlanId == id).OrderBy(r => r.Position)
            .Select(r => new { r.Id, r.Criterion, r.TargetResult, r.Tasks, r.TimeText, r.BudgetText, r.Completed }).ToListAsync(ct);
        Rows = rows.Select((r, i) => new RowLine(r.Id, i + 1, r.Criterion, r.TargetResult, r.Tasks, r.TimeText, r.BudgetText, r.Completed)).ToList();
        return Page();
    }

    /// <summary>The review panel shown on the plan page (loaded by htmx).</summary>
    public async Task<IActionResult> OnGetPanelAsync(int id, CancellationToken ct)
    {
        var state = await ReviewState.LoadAsync(db, Me, id, Today, ct);
        if (state is null) return NotFound();
        State = state;
        IsReviewer = await Reviewers.CanReviewAsync(db, Me, id, ct);
        return Partial("_ReviewPanel", new ReviewPanelView(state, CanAuthor, IsReviewer));
    }

    public async Task<IActionResult> OnPostSubmitAsync(int id, bool confirmed, CancellationToken ct)
    {
        var result = await SubmitPlan.RunAsync(db, Me, id, confirmed, clock, ct);
        if (result.Ok) return Redirect(ReviewLinks.Review(id));
        var page = await Show(id, result.Error ?? $"Kế hoạch còn {result.UnconfirmedErrors} lỗi chưa xử lý. Hãy sửa hoặc bỏ qua (ghi lý do), hoặc xác nhận vẫn nộp.", ct);
        UnconfirmedErrors = result.UnconfirmedErrors;
        return page;
    }

    public async Task<IActionResult> OnPostCommentAsync(int id, int? rowId, string? text, CancellationToken ct)
    {
        var error = await CommentOnPlan.RunAsync(db, Me, id, rowId, text, clock, ct);
        if (error is null) return Redirect(ReviewLinks.Review(id) + (rowId is null ? "" : $"#dong-{rowId}"));
        (TypedText, TypedRowId) = (text, rowId);
        return await Show(id, error, ct);
    }

    public async Task<IActionResult> OnPostDecideAsync(int id, string? decision, string? note, CancellationToken ct)
    {
        // Only the two offered buttons count: a number or any other text is refused, never read as a decision.
        var chosen = decision switch
        {
            nameof(ReviewDecision.Accept) => ReviewDecision.Accept,
            nameof(ReviewDecision.RequestChanges) => ReviewDecision.RequestChanges,
            _ => (ReviewDecision)(-1),
        };
        var error = await DecideOnPlan.RunAsync(db, Me, id, chosen, note, clock, ct);
        if (error is null) return Redirect(ReviewLinks.Review(id));
        TypedNote = note;
        return await Show(id, error, ct);
    }

    public async Task<IActionResult> OnPostPublishAsync(int id, CancellationToken ct)
    {
        var error = await PublishPlan.RunAsync(db, Me, id, clock, ct);
        if (error is not null) return await Show(id, error, ct);
        await publicPages.EvictByTagAsync(CaiTien.Web.Infrastructure.PublicPages.CacheTag, ct);
        return Redirect(ReviewLinks.Review(id));
    }

    private async Task<IActionResult> Show(int id, string message, CancellationToken ct)
    {
        var page = await OnGetAsync(id, ct);
        Message = message;
        if (page is PageResult) Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        return page;
    }
}

public sealed record ReviewPanelView(ReviewState State, bool CanAuthor, bool IsReviewer);
