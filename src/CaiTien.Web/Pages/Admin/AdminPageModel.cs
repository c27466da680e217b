using CaiTien.Web.Infrastructure;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace CaiTien.Web.Pages.Admin;

/// <summary>Unit and school administration (the administrator and the Sở's officers): every action redraws the page
/// with either what was done or, with 422, why it was refused.</summary>
public abstract class AdminPageModel : AppPageModel
{
    public string? Message { get; private set; }
    public string? Done { get; private set; }

    public abstract Task<IActionResult> OnGetAsync(CancellationToken ct);

    protected async Task<IActionResult> After(Func<Task<string?>> action, string done, CancellationToken ct)
    {
        if (!Me.IsAdmin && !Me.IsProvinceOfficer) return Forbid();
        var error = await action();
        var page = await OnGetAsync(ct);
        if (error is null) Done = done;
        else
        {
            Message = error;
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        }
        return page;
    }
}
