using System.Text.Encodings.Web;
using System.Text.Json;
using CaiTien.Audit;
using CaiTien.Data;
using Microsoft.EntityFrameworkCore;

namespace CaiTien.Accounts;

/// <summary>Account administration in the audit log: who did what to which account, never a password or token.</summary>
public static class AccountAudit
{
    public const string Entity = "Account";

    private static readonly JsonSerializerOptions Json = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static void Add(CaiTienDb db, string action, AppUser account, TimeProvider clock, object? details = null)
    {
        var (actorId, actorName) = AuditActor.Now;
        db.Set<AuditEntry>().Add(new AuditEntry
        {
            At = clock.GetUtcNow(),
            UserId = actorId,
            UserName = actorName.Length > 200 ? actorName[..200] : actorName,
            Entity = Entity,
            EntityId = account.Id,
            Action = action,
            After = JsonSerializer.Serialize(new { account.UserName, account.Role, account.SchoolId, account.DistrictId, account.ProvinceId, Details = details }, Json),
        });
    }

    public static async Task<IReadOnlyList<AuditEntry>> OfAccountAsync(CaiTienDb db, string userId, CancellationToken ct) =>
        await db.Set<AuditEntry>().AsNoTracking().Where(a => a.Entity == Entity && a.EntityId == userId)
            .OrderByDescending(a => a.Id).Take(200).ToListAsync(ct);

    public static string ActionLabel(string action) => action switch
    {
        "Created" => "Tạo tài khoản",
        "Invited" => "Gửi thư mời",
        "CodeIssued" => "Cấp mã dùng một lần",
        "Deactivated" => "Ngừng hoạt động",
        "Reactivated" => "Kích hoạt lại",
        "Locked" => "Khóa",
        "Unlocked" => "Mở khóa",
        "RoleChanged" => "Đổi vai trò",
        "StaffLinked" => "Gắn với cán bộ",
        "PasswordSet" => "Đặt mật khẩu",
        "PasswordChanged" => "Đổi mật khẩu",
        _ => action,
    };
}
