using CaiTien.Accounts;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CaiTien.Web.Infrastructure;

/// <summary>Base for signed-in pages: the user and unit come from the session cookie, never from the form.</summary>
public abstract class AppPageModel : PageModel
{
    private CurrentUser? _me;

    public CurrentUser Me => _me ??= CurrentUser.From(User)
        ?? throw new InvalidOperationException("Page requires a signed-in user with a role.");
}
