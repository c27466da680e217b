using CaiTien.Catalogs;
using CaiTien.Data;
using CaiTien.Plans;
using CaiTien.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace CaiTien.Web.Pages.Plans;

/// <summary>The plan editor: header and prose parts, and the table edited row by row with htmx.</summary>
public sealed class EditModel(CaiTienDb db, TimeProvider clock) : AppPageModel
{
    public Plan Plan { get; private set; } = null!;
    public Framework Framework { get; private set; } = null!;
    public IReadOnlyList<string> Staff { get; private set; } = [];
    public HeaderInput Header { get; private set; } = null!;
    public IReadOnlyList<RowIssue> HeaderIssues { get; private set; } = [];
    public bool HeaderConflict { get; private set; }
    public bool HeaderSaved { get; private set; }
    /// <summary>District remarks on rows, by row of this plan (remarks on earlier revisions follow the row).</summary>
    public ILookup<int, CaiTien.Oversight.CommentsOnRows.Line> Comments { get; private set; } = Array.Empty<CaiTien.Oversight.CommentsOnRows.Line>().ToLookup(l => l.RowId);

    public IEnumerable<RowEditorView> Rows()
    {
        var rows = Plan.OrderedRows().ToList();
        return rows.Select((r, i) => new RowEditorView(Plan.Id, r, RowInput.From(r), i, rows.Count, Framework, []));
    }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct)) return NotFound();
        if (!Plan.IsEditable) return Redirect($"/ke-hoach/{id}");
        Header = HeaderInput.From(Plan);
        return Page();
    }

    public async Task<IActionResult> OnPostHeaderAsync(int id, int version, HeaderInput header, CancellationToken ct)
    {
        var result = await SaveHeader.RunAsync(db, Me, id, version, header, clock, ct);
        if (result.Outcome == SaveHeader.Outcome.NotFound) return NotFound();
        await LoadAsync(id, ct);
        Header = result.Outcome == SaveHeader.Outcome.Saved ? HeaderInput.From(Plan) : header;
        HeaderIssues = result.Issues;
        HeaderConflict = result.Outcome == SaveHeader.Outcome.Conflict;
        HeaderSaved = result.Outcome == SaveHeader.Outcome.Saved;
        if (HeaderConflict) Response.StatusCode = StatusCodes.Status409Conflict;
        if (HeaderSaved) Response.Headers["HX-Trigger"] = "headerChanged";
        return Partial("_HeaderEditor", this);
    }

    public async Task<IActionResult> OnPostRowAsync(int id, int rowId, int version, RowInput input, CancellationToken ct)
    {
        var result = await SaveRow.RunAsync(db, Me, id, rowId, version, input, clock, ct);
        if (result.Outcome == SaveRow.Outcome.NotFound) return NotFound();
        Framework = FrameworkRegistry.Default.Get(result.Plan!.FrameworkId);
        var row = result.Row!;
        var positions = await db.PlanRows.Where(r => r.PlanId == id).Select(r => r.Position).ToListAsync(ct);
        var index = positions.Count(p => p < row.Position);
        var view = result.Outcome switch
        {
            SaveRow.Outcome.Saved => new RowEditorView(id, row, RowInput.From(row), index, positions.Count, Framework, result.Issues, Saved: true),
            SaveRow.Outcome.Conflict => new RowEditorView(id, row, input, index, positions.Count, Framework, [], TheirRow: row, StaleVersion: version),
            _ => new RowEditorView(id, row, input, index, positions.Count, Framework, result.Issues),
        };
        if (result.Outcome == SaveRow.Outcome.Saved) Response.Headers["HX-Trigger"] = "rowsChanged";
        else Response.StatusCode = result.Outcome == SaveRow.Outcome.Conflict ? StatusCodes.Status409Conflict : StatusCodes.Status422UnprocessableEntity;
        return Partial("_RowEditor", view);
    }

    public Task<IActionResult> OnPostAddRowAsync(int id, CancellationToken ct) =>
        RowsChanged(id, async () => (await EditRows.AddAsync(db, Me, id, clock, ct))?.Id, ct);

    public Task<IActionResult> OnPostDuplicateRowAsync(int id, int rowId, CancellationToken ct) =>
        RowsChanged(id, async () => (await EditRows.DuplicateAsync(db, Me, id, rowId, clock, ct))?.Id, ct);

    public Task<IActionResult> OnPostDeleteRowAsync(int id, int rowId, CancellationToken ct) =>
        RowsChanged(id, async () => await EditRows.RemoveAsync(db, Me, id, rowId, clock, ct) ? rowId : null, ct);

    public Task<IActionResult> OnPostMoveRowAsync(int id, int rowId, int direction, CancellationToken ct) =>
        RowsChanged(id, async () => await EditRows.MoveAsync(db, Me, id, rowId, direction, clock, ct) ? rowId : null, ct);

    /// <summary>Undo of a deletion: the row deleted as <paramref name="rowId"/> comes back (under a new id, in X-Row-Id).</summary>
    public Task<IActionResult> OnPostRestoreRowAsync(int id, int rowId, CancellationToken ct) =>
        RowsChanged(id, async () => (await RestoreDeletedRow.RunAsync(db, Me, id, rowId, clock, ct))?.Id, ct);

    /// <summary>Rows pasted from Word (HTML) or Excel (tab-separated text), inserted after <paramref name="afterRowId"/>.</summary>
    public async Task<IActionResult> OnPostPasteAsync(int id, int? afterRowId, string? html, string? text, CancellationToken ct)
    {
        PasteRows.Result? result;
        try
        {
            result = await PasteRows.RunAsync(db, Me, id, afterRowId, html, text, clock, ct);
        }
        catch (Exception ex) when (ex is PlanRuleException or DbUpdateConcurrencyException)
        {
            return Refused(ex);
        }
        if (result is null) return NotFound();
        if (result.Error is not null)
            return new ContentResult { StatusCode = StatusCodes.Status422UnprocessableEntity, Content = result.Error, ContentType = "text/plain; charset=utf-8" };
        db.ChangeTracker.Clear();
        await LoadAsync(id, ct);
        Response.Headers["HX-Trigger"] = "rowsChanged";
        Response.Headers["X-Row-Id"] = string.Join(",", result.RowIds);
        return Partial("_RowList", this);
    }

    public async Task<IActionResult> OnGetTotalsAsync(int id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct)) return NotFound();
        return Partial("_Totals", PlanTotals.Of(ExportPlan.ToDocument(Plan), Framework));
    }

    /// <summary>Runs a change to the rows and answers the new row list; the row changed (or made) goes in X-Row-Id
    /// so the page can undo the change.</summary>
    private async Task<IActionResult> RowsChanged(int id, Func<Task<int?>> change, CancellationToken ct)
    {
        int? rowId;
        try
        {
            rowId = await change();
        }
        catch (Exception ex) when (ex is PlanRuleException or DbUpdateConcurrencyException)
        {
            return Refused(ex);
        }
        if (rowId is null) return NotFound();
        db.ChangeTracker.Clear();
        await LoadAsync(id, ct);
        Response.Headers["HX-Trigger"] = "rowsChanged";
        Response.Headers["X-Row-Id"] = rowId.Value.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return Partial("_RowList", this);
    }

    /// <summary>A change the plan's rules refuse (409 with the rule's words), or one that met rows changed under it.</summary>
    private ObjectResult Refused(Exception ex) => StatusCode(StatusCodes.Status409Conflict,
        ex is PlanRuleException ? ex.Message : "Bảng đang được sửa cùng lúc ở nơi khác; chưa đổi gì, hãy thử lại.");

    private async Task<bool> LoadAsync(int id, CancellationToken ct)
    {
        var plan = await db.Plans.EditableBy(Me).AsNoTracking().Include(p => p.Items).FirstOrDefaultAsync(p => p.Id == id, ct);
        if (plan is null) return false;
        Plan = plan;
        Framework = FrameworkRegistry.Default.Get(plan.FrameworkId);
        Staff = await db.Staff.Where(s => s.SchoolId == plan.SchoolId).OrderBy(s => s.FullName)
            .Select(s => s.Position + " " + s.FullName).ToListAsync(ct);
        Comments = await CaiTien.Oversight.CommentsOnRows.ForAsync(db, plan, ct);
        return true;
    }
}
