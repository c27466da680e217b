using CaiTien.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;

namespace CaiTien.Web.Pages;

/// <summary>Sends each user to the home of their unit.</summary>
public sealed class IndexModel : AppPageModel
{
    public IActionResult OnGet() => Redirect(Me.IsSchoolUser ? "/truong" : "/phong");
}
