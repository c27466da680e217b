using CaiTien.Data;
using Microsoft.EntityFrameworkCore;

namespace CaiTien.Accounts;

/// <summary>One page of the accounts a manager may manage, searched by user name, name or email.</summary>
public static class ListAccounts
{
    public const int PageSize = 50;

    public sealed record Line(string Id, string UserName, string FullName, string Role, string? Email, string? Unit,
        bool Active, bool Locked, bool MustChangePassword, bool HasPassword);

    public sealed record Result(IReadOnlyList<Line> Lines, int Total, int Page, int Pages);

    public static async Task<Result> RunAsync(CaiTienDb db, CurrentUser me, string? search, int page, TimeProvider clock, CancellationToken ct = default)
    {
        var query = db.Users.AsNoTracking().ManageableBy(db, me);
        if (!string.IsNullOrWhiteSpace(search))
        {
            var term = search.Trim();
            var upper = term.ToUpperInvariant();
            query = query.Where(u => u.NormalizedUserName!.Contains(upper) || u.FullName.Contains(term) || u.NormalizedEmail!.Contains(upper));
        }
        var total = await query.CountAsync(ct);
        var pages = Math.Max(1, (total + PageSize - 1) / PageSize);
        page = Math.Clamp(page, 1, pages);
        var now = clock.GetUtcNow();
        var rows = await query.OrderBy(u => u.FullName).ThenBy(u => u.UserName).Skip((page - 1) * PageSize).Take(PageSize)
            .Select(u => new
            {
                u.Id, u.UserName, u.FullName, u.Role, u.Email, u.DeactivatedAt, u.LockoutEnd, u.MustChangePassword, HasPassword = u.PasswordHash != null,
                Unit = db.Schools.Where(s => s.Id == u.SchoolId).Select(s => s.Name).FirstOrDefault()
                    ?? db.Districts.Where(d => d.Id == u.DistrictId).Select(d => d.Name).FirstOrDefault()
                    ?? db.Provinces.Where(p => p.Id == u.ProvinceId).Select(p => p.Name).FirstOrDefault(),
            })
            .ToListAsync(ct);
        return new Result(rows.Select(r => new Line(r.Id, r.UserName!, r.FullName, r.Role, r.Email, r.Unit, r.DeactivatedAt is null,
            r.LockoutEnd is { } end && end > now, r.MustChangePassword, r.HasPassword)).ToList(), total, page, pages);
    }
}
