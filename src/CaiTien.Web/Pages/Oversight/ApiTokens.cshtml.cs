using CaiTien.Data;
using CaiTien.Oversight;
using CaiTien.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;

namespace CaiTien.Web.Pages.Oversight;

public sealed class ApiTokensModel(CaiTienDb db, TimeProvider clock) : AppPageModel
{
    [BindProperty] public string? Name { get; set; }
    [BindProperty] public DateOnly? ExpiresOn { get; set; }
    public IReadOnlyList<ManageApiTokens.Line> Tokens { get; private set; } = [];
    public string? NewToken { get; private set; }
    public string? Error { get; private set; }
    public DateTimeOffset Now => clock.GetUtcNow();

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!ManageApiTokens.CanManage(Me)) return Forbid();
        ExpiresOn = DateOnly.FromDateTime(clock.GetLocalNow().DateTime).AddYears(1);
        Tokens = await ManageApiTokens.ListAsync(db, Me, ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!ManageApiTokens.CanManage(Me)) return Forbid();
        var issued = await ManageApiTokens.IssueAsync(db, Me, Name, ExpiresOn, clock, ct);
        (NewToken, Error) = (issued.Token, issued.Error);
        Tokens = await ManageApiTokens.ListAsync(db, Me, ct);
        return Page();
    }

    public async Task<IActionResult> OnPostRevokeAsync(int id, CancellationToken ct)
    {
        if (!ManageApiTokens.CanManage(Me)) return Forbid();
        Error = await ManageApiTokens.RevokeAsync(db, Me, id, clock, ct);
        Tokens = await ManageApiTokens.ListAsync(db, Me, ct);
        return Page();
    }
}
