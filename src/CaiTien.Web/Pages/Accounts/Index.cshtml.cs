using CaiTien.Accounts;
using CaiTien.Data;
using CaiTien.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;

namespace CaiTien.Web.Pages.Accounts;

public sealed class IndexModel(CaiTienDb db, TimeProvider clock) : AppPageModel
{
    [BindProperty(SupportsGet = true)] public string? Q { get; set; }
    [BindProperty(SupportsGet = true, Name = "trang")] public int PageNumber { get; set; } = 1;
    public ListAccounts.Result List { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!AccountRules.ManagesAccounts(Me)) return Forbid();
        List = await ListAccounts.RunAsync(db, Me, Q, PageNumber, clock, ct);
        return Page();
    }
}
