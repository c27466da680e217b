using CaiTien.Accounts;
using CaiTien.Audit;
using CaiTien.Data;
using Microsoft.EntityFrameworkCore;

namespace CaiTien.Oversight;

/// <summary>A supervising unit's officer issues, lists and revokes the API tokens of their own unit. A new token is
/// shown once; only its SHA-256 is kept.</summary>
public static class ManageApiTokens
{
    public const int MaxDays = 730;

    public sealed record Line(int Id, string Name, DateTimeOffset CreatedAt, DateTimeOffset? ExpiresAt, DateTimeOffset? RevokedAt);

    public static bool CanManage(CurrentUser me) => me.IsDistrictOfficer;

    public static async Task<IReadOnlyList<Line>> ListAsync(CaiTienDb db, CurrentUser me, CancellationToken ct) =>
        !CanManage(me) ? [] : (await db.DistrictApiTokens.AsNoTracking().Where(t => t.DistrictId == me.DistrictId)
            .Select(t => new Line(t.Id, t.Name, t.CreatedAt, t.ExpiresAt, t.RevokedAt)).ToListAsync(ct))
            .OrderByDescending(t => t.Id).ToList();

    public sealed record Issued(string? Token, string? Error);

    public static async Task<Issued> IssueAsync(CaiTienDb db, CurrentUser me, string? name, DateOnly? expiresOn, TimeProvider clock, CancellationToken ct)
    {
        if (!CanManage(me)) return new(null, "Chỉ chuyên viên của cơ quan quản lý được cấp mã truy cập API.");
        name = name?.Trim();
        if (string.IsNullOrEmpty(name) || name.Length > 100) return new(null, "Cần đặt tên cho mã (tối đa 100 ký tự), ví dụ tên hệ thống sẽ dùng mã.");
        var today = DateOnly.FromDateTime(clock.GetLocalNow().DateTime);
        if (expiresOn is not { } end) return new(null, "Cần chọn ngày hết hạn.");
        if (end <= today || end > today.AddDays(MaxDays)) return new(null, $"Ngày hết hạn phải sau hôm nay và trong vòng {MaxDays} ngày.");
        var token = await ApiTokens.CreateAsync(db, me.DistrictId!.Value, name, clock, ct: ct);
        var hash = ApiTokens.Hash(token);
        var row = await db.DistrictApiTokens.FirstAsync(t => t.TokenHash == hash, ct);
        row.ExpiresAt = new DateTimeOffset(end.ToDateTime(new TimeOnly(23, 59, 59)), clock.GetLocalNow().Offset).ToUniversalTime();
        Audit(db, me, "TokenIssued", row.Id, name, clock);
        await db.SaveChangesAsync(ct);
        return new(token, null);
    }

    public static async Task<string?> RevokeAsync(CaiTienDb db, CurrentUser me, int id, TimeProvider clock, CancellationToken ct)
    {
        if (!CanManage(me)) return "Chỉ chuyên viên của cơ quan quản lý được thu hồi mã truy cập API.";
        var row = await db.DistrictApiTokens.FirstOrDefaultAsync(t => t.Id == id && t.DistrictId == me.DistrictId, ct);
        if (row is null) return "Không tìm thấy mã này.";
        if (row.RevokedAt is not null) return "Mã đã bị thu hồi.";
        row.RevokedAt = clock.GetUtcNow();
        Audit(db, me, "TokenRevoked", row.Id, row.Name, clock);
        await db.SaveChangesAsync(ct);
        return null;
    }

    private static void Audit(CaiTienDb db, CurrentUser me, string action, int id, string name, TimeProvider clock)
    {
        var (actorId, actorName) = AuditActor.Now;
        db.Set<AuditEntry>().Add(new AuditEntry
        {
            At = clock.GetUtcNow(), UserId = actorId ?? me.UserId, UserName = actorName, Entity = "ApiToken", EntityId = id.ToString(), Action = action,
            After = System.Text.Json.JsonSerializer.Serialize(new { Name = name, me.DistrictId }),
        });
    }
}
