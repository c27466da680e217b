using CaiTien.Data;
using CaiTien.Oversight;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CaiTien.Web.Pages.Public;

/// <summary>Công khai: the published plans of every school, by district. No sign-in.</summary>
[Microsoft.AspNetCore.OutputCaching.OutputCache(PolicyName = CaiTien.Web.Infrastructure.PublicPages.CachePolicy)]
public sealed class IndexModel(CaiTienDb db) : PageModel
{
    public IReadOnlyList<PublishedPlans.IndexLine> Lines { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) => Lines = await PublishedPlans.IndexAsync(db, ct);
}
