using CaiTien.Accounts;
using CaiTien.Data;
using Microsoft.EntityFrameworkCore;

namespace CaiTien.Progress.Reminders;

/// <summary>The signed-in user's reminders in the app: unread first, newest first.</summary>
public static class ReadReminders
{
    public static Task<List<Reminder>> UnreadAsync(CaiTienDb db, CurrentUser user, int take = 50, CancellationToken ct = default) =>
        db.Set<Reminder>().AsNoTracking().Where(r => r.UserId == user.UserId && r.ReadAt == null && r.Kind != ReminderKind.ReviewNotice).OrderByDescending(r => r.Id).Take(take).ToListAsync(ct);

    public static async Task MarkReadAsync(CaiTienDb db, CurrentUser user, int reminderId, TimeProvider clock, CancellationToken ct = default)
    {
        var now = clock.GetUtcNow();
        await db.Set<Reminder>().Where(r => r.Id == reminderId && r.UserId == user.UserId && r.ReadAt == null)
            .ExecuteUpdateAsync(s => s.SetProperty(r => r.ReadAt, now), ct);
    }
}
