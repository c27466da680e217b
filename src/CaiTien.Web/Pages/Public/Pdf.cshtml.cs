using CaiTien.Data;
using CaiTien.Oversight;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CaiTien.Web.Pages.Public;

/// <summary>The stored PDF of one publication, byte for byte the file whose SHA-256 the public page shows.</summary>
[Microsoft.AspNetCore.OutputCaching.OutputCache(PolicyName = CaiTien.Web.Infrastructure.PublicPages.CachePolicy)]
public sealed class PdfModel(CaiTienDb db) : PageModel
{
    public async Task<IActionResult> OnGetAsync(string code, int id, CancellationToken ct)
    {
        var file = await PublishedPlans.PdfAsync(db, code, id, ct);
        return file is { } f ? File(f.Pdf, "application/pdf", f.FileName) : NotFound();
    }
}
