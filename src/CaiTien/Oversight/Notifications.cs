using CaiTien.Accounts;
using CaiTien.Data;
using Microsoft.EntityFrameworkCore;

namespace CaiTien.Oversight;

/// <summary>In-app notifications between a school and its Phòng GD&amp;ĐT.</summary>
public static class Notifications
{
    public static void ToSchool(CaiTienDb db, int schoolId, string message, string link, DateTimeOffset now) =>
        db.Notifications.Add(new Notification { SchoolId = schoolId, Message = message, Link = link, CreatedAt = now });

    public static void ToDistrict(CaiTienDb db, int districtId, string message, string link, DateTimeOffset now) =>
        db.Notifications.Add(new Notification { DistrictId = districtId, Message = message, Link = link, CreatedAt = now });

    private static IQueryable<Notification> For(CaiTienDb db, CurrentUser user) => user switch
    {
        { IsSchoolUser: true } => db.Notifications.Where(n => n.SchoolId == user.SchoolId),
        { IsDistrictOfficer: true } => db.Notifications.Where(n => n.DistrictId == user.DistrictId),
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
