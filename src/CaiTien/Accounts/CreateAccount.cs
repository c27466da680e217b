using System.Text.RegularExpressions;
using CaiTien.Data;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace CaiTien.Accounts;

/// <summary>A manager opens an account in a unit of their scope. The account has no password yet: the person sets
/// one from an emailed link (<see cref="InviteAccount"/>) or signs in with a printed one-time code
/// (<see cref="IssueOneTimeCode"/>).</summary>
public static partial class CreateAccount
{
    public sealed record Request(string UserName, string FullName, string Role, AccountUnit Unit, string? Email = null, int? StaffMemberId = null);

    public sealed record Result(string? UserId, string? Error);

    public static async Task<Result> RunAsync(CaiTienDb db, UserManager<AppUser> users, CurrentUser me, Request r, TimeProvider clock, CancellationToken ct = default)
    {
        var userName = r.UserName.Trim().ToLowerInvariant();
        var fullName = r.FullName.Trim();
        var email = string.IsNullOrWhiteSpace(r.Email) ? null : r.Email.Trim();
        if (!UserNamePattern().IsMatch(userName))
            return new(null, "Tên đăng nhập gồm 3–60 ký tự: chữ thường không dấu, số, dấu chấm, gạch ngang hoặc gạch dưới.");
        if (fullName.Length is 0 or > 200) return new(null, "Cần ghi họ tên (tối đa 200 ký tự).");
        if (email is not null && !IsEmail(email)) return new(null, $"Email \"{email}\" không đúng định dạng.");
        if (await AccountRules.CheckPlacementAsync(db, me, r.Role, r.Unit, ct) is { } refused) return new(null, refused);
        if (await users.FindByNameAsync(userName) is not null) return new(null, $"Tên đăng nhập \"{userName}\" đã có người dùng.");
        if (r.StaffMemberId is { } staffId && !await db.Staff.AnyAsync(s => s.Id == staffId && s.SchoolId == r.Unit.SchoolId, ct))
            return new(null, "Cán bộ được chọn không thuộc trường của tài khoản.");
        var user = new AppUser
        {
            UserName = userName, FullName = fullName, Role = r.Role, Email = email,
            SchoolId = r.Unit.SchoolId, DistrictId = r.Unit.DistrictId, ProvinceId = r.Unit.ProvinceId, StaffMemberId = r.StaffMemberId,
        };
        AccountAudit.Add(db, "Created", user, clock, new { user.FullName, user.Email, user.StaffMemberId });
        var created = await users.CreateAsync(user);
        if (!created.Succeeded)
        {
            db.ChangeTracker.Clear();
            return new(null, string.Join(" ", created.Errors.Select(e => e.Description)));
        }
        return new(user.Id, null);
    }

    public static bool IsEmail(string text) => text.Length <= 200 && EmailPattern().IsMatch(text);

    [GeneratedRegex("^[a-z0-9][a-z0-9._-]{2,59}$")]
    private static partial Regex UserNamePattern();

    [GeneratedRegex(@"^[^@\s""'<>,;]+@[^@\s""'<>,;]+\.[A-Za-z]{2,}$")]
    private static partial Regex EmailPattern();
}
