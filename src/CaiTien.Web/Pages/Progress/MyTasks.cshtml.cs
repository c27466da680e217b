using CaiTien.Data;
using CaiTien.Progress;
using CaiTien.Progress.Reminders;
using CaiTien.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;

namespace CaiTien.Web.Pages.Progress;

public sealed class MyTasksModel(CaiTienDb db, TimeProvider clock) : AppPageModel
{
    public FindMyTasks.Result Result { get; private set; } = null!;
    public IReadOnlyList<Reminder> Reminders { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        Result = await FindMyTasks.RunAsync(db, Me, clock, ct);
        Reminders = await ReadReminders.UnreadAsync(db, Me, ct: ct);
    }

    public async Task<IActionResult> OnPostReadAsync(int reminderId, CancellationToken ct)
    {
        await ReadReminders.MarkReadAsync(db, Me, reminderId, clock, ct);
        return Redirect("/viec-cua-toi");
    }
}
