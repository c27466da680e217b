using System.Text.RegularExpressions;
using CaiTien.Data;
using CaiTien.Documents.Import.Staff;
using CaiTien.Progress.Reminders;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace CaiTien.Accounts;

/// <summary>The principal opens accounts for people on the staff list, one or many at once. Each account is linked to
/// its staff record (so "Việc của tôi" finds the rows naming that person) and handed over by email invitation when the
/// person has an email and mail is configured, otherwise by a printable one-time code.</summary>
public static partial class CreateStaffAccounts
{
    public sealed record Outcome(int StaffId, string FullName, string? UserName, string? Code, bool Invited, string? Error);

    public static async Task<IReadOnlyList<Outcome>> RunAsync(CaiTienDb db, UserManager<AppUser> users, IReminderMailer mailer, CurrentUser me,
        IReadOnlyCollection<int> staffIds, string role, string siteUrl, TimeProvider clock, CancellationToken ct = default)
    {
        if (!me.IsPrincipal) return [new(0, "", null, null, false, "Chỉ Hiệu trưởng được tạo tài khoản cho cán bộ của trường.")];
        var schoolId = me.SchoolId!.Value;
        var schoolCode = await db.Schools.Where(s => s.Id == schoolId).Select(s => s.Code).FirstAsync(ct);
        var linked = await db.Users.Where(u => u.SchoolId == schoolId && u.StaffMemberId != null).Select(u => u.StaffMemberId!.Value).ToListAsync(ct);
        var staff = await db.Staff.AsNoTracking().Where(s => s.SchoolId == schoolId && staffIds.Contains(s.Id)).OrderBy(s => s.FullName).ToListAsync(ct);
        var outcomes = new List<Outcome>();
        foreach (var member in staff)
        {
            if (linked.Contains(member.Id))
            {
                outcomes.Add(new(member.Id, member.FullName, null, null, false, "đã có tài khoản."));
                continue;
            }
            var userName = await FreeUserNameAsync(users, member.FullName, schoolCode);
            var created = await CreateAccount.RunAsync(db, users, me,
                new CreateAccount.Request(userName, member.FullName, role, new AccountUnit(schoolId, null, null), member.Email, member.Id), clock, ct);
            if (created.Error is not null)
            {
                outcomes.Add(new(member.Id, member.FullName, null, null, false, created.Error));
                continue;
            }
            if (member.Email is not null && mailer.Enabled
                && await InviteAccount.RunAsync(db, users, mailer, me, created.UserId!, siteUrl, clock, ct) is null)
            {
                outcomes.Add(new(member.Id, member.FullName, userName, null, true, null));
                continue;
            }
            var code = await IssueOneTimeCode.RunAsync(db, users, me, created.UserId!, clock, ct);
            outcomes.Add(new(member.Id, member.FullName, userName, code.Code, false, code.Error));
        }
        return outcomes;
    }

    /// <summary>"Lê Thị Lan" at THDP → "lan.lethi.thdp", then with a number when taken.</summary>
    public static async Task<string> FreeUserNameAsync(UserManager<AppUser> users, string fullName, string schoolCode)
    {
        var parts = StaffListReader.Fold(fullName).Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(p => NotAllowed().Replace(p, "")).Where(p => p.Length > 0).ToList();
        var school = NotAllowed().Replace(StaffListReader.Fold(schoolCode), "");
        var person = parts.Count == 0 ? "canbo" : parts.Count == 1 ? parts[0] : parts[^1] + "." + string.Concat(parts[..^1]);
        var baseName = $"{person}.{school}";
        if (baseName.Length > 50) baseName = baseName[..50];
        for (var n = 1; ; n++)
        {
            var candidate = n == 1 ? baseName : baseName + n;
            if (await users.FindByNameAsync(candidate) is null) return candidate;
        }
    }

    [GeneratedRegex("[^a-z0-9]")]
    private static partial Regex NotAllowed();
}
