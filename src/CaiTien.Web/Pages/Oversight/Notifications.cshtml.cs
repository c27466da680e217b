using CaiTien.Data;
using CaiTien.Oversight;
using CaiTien.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;

namespace CaiTien.Web.Pages.Oversight;

/// <summary>The unit's notifications (school ↔ Phòng); opening the page marks them read.</summary>
public sealed class NotificationsModel(CaiTienDb db) : AppPageModel
{
    public IReadOnlyList<(Notification Item, bool Unread)> Items { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) => Items = await Notifications.OpenAsync(db, Me, ct: ct);

    /// <summary>The unread count for the navigation bar's badge (htmx).</summary>
    public async Task<IActionResult> OnGetBadgeAsync(CancellationToken ct)
    {
        var count = await Notifications.UnreadCountAsync(db, Me, ct);
        return Content(count == 0 ? "" : $"<span class=\"badge text-bg-danger\" aria-label=\"{count} thông báo chưa đọc\">{count}</span>", "text/html; charset=utf-8");
    }
}
