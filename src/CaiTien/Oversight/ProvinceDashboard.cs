using CaiTien.Accounts;
using CaiTien.Data;
using CaiTien.Schools;
using Microsoft.EntityFrameworkCore;

namespace CaiTien.Oversight;

/// <summary>The district dashboard's figures added up per district of one province.</summary>
public static class ProvinceDashboard
{
    public sealed record DistrictLine(int DistrictId, string Name, int Schools, IReadOnlyDictionary<OversightStatus, int> StatusCounts,
        int Rows, int Done, int Overdue, long Budget)
    {
        public double? PercentDone => Rows == 0 ? null : Math.Round(100.0 * Done / Rows, 1);
        public int WithPlan => Schools - StatusCounts[OversightStatus.None];
    }

    public sealed record Result(int ProvinceId, string ProvinceName, string Year, IReadOnlyList<string> Years,
        IReadOnlyList<DistrictLine> Districts, IReadOnlyDictionary<OversightStatus, int> StatusCounts,
        IReadOnlyList<OversightFigures.CriterionCount> TopCriteria, IReadOnlyList<OversightFigures.SourceTotal> BudgetBySource);

    /// <summary>Null unless the user is the province's officer (or an administrator).</summary>
    public static async Task<Result?> LoadAsync(CaiTienDb db, CurrentUser user, int? provinceId, string? year, DateOnly today, CancellationToken ct = default)
    {
        provinceId ??= user.ProvinceId;
        if (provinceId is null || !(user.IsAdmin || (user.IsProvinceOfficer && user.ProvinceId == provinceId))) return null;
        var province = await db.Provinces.AsNoTracking().Where(p => p.Id == provinceId).Select(p => new { p.Id, p.Name }).FirstOrDefaultAsync(ct);
        if (province is null) return null;

        var units = await db.Districts.VisibleTo(user).AsNoTracking()
            .Where(d => d.ProvinceId == province.Id || d.Province!.MergedIntoId == province.Id).OrderBy(d => d.Name).ToListAsync(ct);
        var supervised = await SupervisedSchools.LoadAsync(db, db.Schools.VisibleTo(user), units.Select(u => u.Id).ToList(), ct);
        var years = await supervised.YearsWithPlansAsync(db.Plans, ct);
        var chosen = OversightFigures.ChooseYear(years, year, today);
        var lines = await OversightFigures.SchoolsAsync(db, supervised, chosen, today, ct);

        var byDistrict = lines.ToLookup(l => l.DistrictId);
        // The units of that school year: a 2024-2025 view lists the Phòng GD&ĐT, a 2025-2026 one the communes.
        var districts = units.Where(d => byDistrict[d.Id].Any() || d.ExistedIn(chosen)).Select(d => new { d.Id, d.Name }).ToList();
        var rows = districts.Select(d =>
        {
            var own = byDistrict[d.Id].ToList();
            return new DistrictLine(d.Id, d.Name, own.Count, Count(own), own.Sum(l => l.Rows), own.Sum(l => l.Done), own.Sum(l => l.Overdue), own.Sum(l => l.Budget));
        }).ToList();
        return new Result(province.Id, province.Name, chosen, years, rows, Count(lines),
            OversightFigures.TopCriteria(lines, 10),
            OversightFigures.BudgetBySource(lines));
    }

    private static Dictionary<OversightStatus, int> Count(IReadOnlyCollection<OversightFigures.SchoolLine> lines) =>
        OversightStatuses.All.ToDictionary(s => s, s => lines.Count(l => l.Status == s));
}
