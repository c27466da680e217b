using CaiTien.Catalogs;
using CaiTien.Data;
using CaiTien.Oversight;
using CaiTien.Web.Pages.Plans;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CaiTien.Web.Pages.Public;

/// <summary>A school's published plan: the snapshot as issued, its PDF and the PDF's SHA-256. No sign-in.</summary>
[Microsoft.AspNetCore.OutputCaching.OutputCache(PolicyName = CaiTien.Web.Infrastructure.PublicPages.CachePolicy)]
public sealed class SchoolModel(CaiTienDb db) : PageModel
{
    public PublishedPlans.SchoolPage Published { get; private set; } = null!;
    public PlanLetterView Letter { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(string code, CancellationToken ct)
    {
        var published = await PublishedPlans.ForSchoolAsync(db, code, ct);
        if (published is null) return NotFound();
        Published = published;
        Letter = new PlanLetterView(published.Document, FrameworkRegistry.Default.Find(published.Document.Framework ?? ""));
        return Page();
    }
}
