using CaiTien.Accounts;
using CaiTien.Data;
using CaiTien.Progress.Reminders;
using Microsoft.EntityFrameworkCore;

namespace CaiTien.Oversight;

/// <summary>In-app notifications between a school and its Phòng GD&amp;ĐT.</summary>
public static class Notifications
{
    /// <summary>Notifies the school in the app and queues an email to its principal(s).</summary>
    public static async Task ToSchoolAsync(CaiTienDb db, int schoolId, string message, string link, DateTimeOffset now, CancellationToken ct = default)
    {
        db.Notifications.Add(new Notification { SchoolId = schoolId, Message = message, Link = link, CreatedAt = now });
        var recipients = await db.Users.Where(u => u.SchoolId == schoolId && u.Role == Roles.Principal && u.Email != null && u.DeactivatedAt == null)
            .Select(u => new { u.Id, u.Email }).ToListAsync(ct);
        foreach (var r in recipients) QueueEmail(db, r.Id, r.Email!, schoolId, message, link, now);
    }

    /// <summary>Notifies the district office in the app and queues an email to its officers.</summary>
    public static async Task ToDistrictAsync(CaiTienDb db, int districtId, int aboutSchoolId, string message, string link, DateTimeOffset now, CancellationToken ct = default)
    {
        db.Notifications.Add(new Notification { DistrictId = districtId, Message = message, Link = link, CreatedAt = now });
        // A school under the Sở itself (THPT, GDTX) is reviewed by the Sở's officers.
        var department = await db.Districts.Where(d => d.Id == districtId && d.Kind == Schools.UnitKind.ProvinceDepartment)
            .Select(d => (int?)d.ProvinceId).FirstOrDefaultAsync(ct);
        var recipients = await db.Users.Where(u => u.Email != null && u.DeactivatedAt == null && ((u.DistrictId == districtId && u.Role == Roles.DistrictOfficer)
                || (department != null && u.ProvinceId == department && u.Role == Roles.ProvinceOfficer)))
            .Select(u => new { u.Id, u.Email }).ToListAsync(ct);
        foreach (var r in recipients) QueueEmail(db, r.Id, r.Email!, aboutSchoolId, message, link, now);
    }

    /// <summary>Emails go through the reminder outbox, which sends each once (also with several app instances)
    /// and retries failures without blocking the person who acted.</summary>
    private static void QueueEmail(CaiTienDb db, string userId, string email, int schoolId, string message, string link, DateTimeOffset now) =>
        db.Add(new Reminder
        {
            Key = $"notice:{Guid.NewGuid():N}", UserId = userId, SchoolId = schoolId, Kind = ReminderKind.ReviewNotice,
            Subject = message.Length > 180 ? message[..180] : message, Message = message, Link = link,
            ForDay = VietnamClock.DayOf(now), CreatedAt = now, EmailTo = email,
        });

    private static IQueryable<Notification> For(CaiTienDb db, CurrentUser user) => user switch
    {
        { IsSchoolUser: true } => db.Notifications.Where(n => n.SchoolId == user.SchoolId),
        { IsDistrictOfficer: true } => db.Notifications.Where(n => n.DistrictId == user.DistrictId),
        { IsProvinceOfficer: true } => db.Notifications.Where(n => db.Districts.Any(d => d.Id == n.DistrictId
            && d.Kind == Schools.UnitKind.ProvinceDepartment && d.ProvinceId == user.ProvinceId)),
        _ => db.Notifications.Where(n => false),
    };

    public static async Task<int> UnreadCountAsync(CaiTienDb db, CurrentUser user, CancellationToken ct = default)
    {
        var seen = await db.NotificationsSeen.Where(s => s.UserId == user.UserId).Select(s => (int?)s.LastSeenId).FirstOrDefaultAsync(ct) ?? 0;
        return await For(db, user).CountAsync(n => n.Id > seen, ct);
    }

    /// <summary>The newest notifications of the user's unit, newest first; opening the list marks them seen.</summary>
    public static async Task<IReadOnlyList<(Notification Item, bool Unread)>> OpenAsync(CaiTienDb db, CurrentUser user, int take = 50, CancellationToken ct = default)
    {
        var items = await For(db, user).AsNoTracking().OrderByDescending(n => n.Id).Take(take).ToListAsync(ct);
        var seen = await db.NotificationsSeen.FirstOrDefaultAsync(s => s.UserId == user.UserId, ct);
        var lastSeen = seen?.LastSeenId ?? 0;
        if (items.Count > 0 && items[0].Id > lastSeen)
        {
            if (seen is null) db.NotificationsSeen.Add(new NotificationSeen { UserId = user.UserId, LastSeenId = items[0].Id });
            else seen.LastSeenId = items[0].Id;
            await db.SaveChangesAsync(ct);
        }
        return items.Select(n => (n, n.Id > lastSeen)).ToList();
    }
}
