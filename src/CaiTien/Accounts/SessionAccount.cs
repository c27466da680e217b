using System.Globalization;
using System.Security.Claims;
using CaiTien.Data;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace CaiTien.Accounts;

/// <summary>What a sign-in cookie's claims were made from, read on every signed-in request by one compiled
/// primary-key query. While it still matches the cookie, the cookie stands as it is; otherwise Identity's full
/// security-stamp check decides (refuses the cookie, or rebuilds it from the account).</summary>
public sealed record SessionAccount(string? SecurityStamp, string? UserName, string? Email, string Role, string FullName,
    int? SchoolId, int? DistrictId, int? ProvinceId, bool MustChangePassword, DateTimeOffset? DeactivatedAt, DateTimeOffset? LockoutEnd)
{
    // A compiled query serves one EF model; a process may hold several (the SQLite and PostgreSQL contexts).
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<Microsoft.EntityFrameworkCore.Metadata.IModel,
        Func<CaiTienDb, string, CancellationToken, Task<SessionAccount?>>> ByModel = new();

    private static Func<CaiTienDb, string, CancellationToken, Task<SessionAccount?>> Compile() => EF.CompileAsyncQuery(
        (CaiTienDb db, string id, CancellationToken ct) => db.Users.AsNoTracking().Where(u => u.Id == id)
            .Select(u => new SessionAccount(u.SecurityStamp, u.UserName, u.Email, u.Role, u.FullName, u.SchoolId, u.DistrictId,
                u.ProvinceId, u.MustChangePassword, u.DeactivatedAt, u.LockoutEnd))
            .FirstOrDefault());

    public static Task<SessionAccount?> ReadAsync(CaiTienDb db, string userId, CancellationToken ct = default) =>
        ByModel.GetValue(db.Model, _ => Compile())(db, userId, ct);

    /// <summary>True when the account is active, not locked out and every claim <see cref="UnitClaimsFactory"/> puts
    /// into the cookie still has the account's value.</summary>
    public bool Matches(ClaimsPrincipal principal, ClaimsIdentityOptions names, DateTimeOffset now)
    {
        if (DeactivatedAt is not null || (LockoutEnd is { } end && end > now)) return false;
        return principal.FindFirstValue(names.SecurityStampClaimType) == SecurityStamp
            && principal.FindFirstValue(names.UserNameClaimType) == UserName
            && principal.FindFirstValue(names.EmailClaimType) == (string.IsNullOrEmpty(Email) ? null : Email)
            && principal.FindFirstValue(UnitClaims.Role) == Role
            && principal.FindFirstValue(UnitClaims.FullName) == FullName
            && principal.FindFirstValue(UnitClaims.School) == Text(SchoolId)
            && principal.FindFirstValue(UnitClaims.District) == Text(DistrictId)
            && principal.FindFirstValue(UnitClaims.Province) == Text(ProvinceId)
            && principal.HasClaim(c => c.Type == UnitClaims.MustChangePassword) == MustChangePassword;
    }

    private static string? Text(int? id) => id?.ToString(CultureInfo.InvariantCulture);
}
