using CaiTien.Accounts;
using CaiTien.Data;
using CaiTien.Schools;
using Microsoft.EntityFrameworkCore;

namespace CaiTien.Oversight;

/// <summary>Every school a supervising unit oversaw in the school year with its plan's status and progress, and the district-wide figures.</summary>
public static class DistrictDashboard
{
    public sealed record Filter(string? Year = null, string? Level = null, OversightStatus? Status = null);

    public sealed record Result(
        int DistrictId, string DistrictName, string ProvinceName, string Year, IReadOnlyList<string> Years,
        IReadOnlyList<OversightFigures.SchoolLine> Schools,
        IReadOnlyDictionary<OversightStatus, int> StatusCounts,
        IReadOnlyList<OversightFigures.CriterionCount> TopCriteria,
        IReadOnlyList<OversightFigures.SourceTotal> BudgetBySource)
    {
        public int Rows => Schools.Sum(s => s.Rows);
        public int Done => Schools.Sum(s => s.Done);
        public int Overdue => Schools.Sum(s => s.Overdue);
        public long Budget => Schools.Sum(s => s.Budget);
    }

    /// <summary>Null when the district does not exist or the user may not see it. A district officer sees only
    /// her own district; a province officer any district of her province.</summary>
    public static async Task<Result?> LoadAsync(CaiTienDb db, CurrentUser user, int? districtId, Filter filter, DateOnly today, CancellationToken ct = default)
    {
        districtId ??= user.DistrictId;
        if (districtId is null) return null;
        var district = await db.Districts.VisibleTo(user).AsNoTracking().Where(d => d.Id == districtId)
            .Select(d => new { d.Id, d.Name, Province = d.Province!.Name }).FirstOrDefaultAsync(ct);
        if (district is null) return null;

        var visible = db.Schools.VisibleTo(user);
        if (filter.Level is { Length: > 0 } level) visible = visible.Where(s => s.Level == level);
        var supervised = await SupervisedSchools.LoadAsync(db, visible, [district.Id], ct);
        var years = await supervised.YearsWithPlansAsync(db.Plans, ct);
        var year = OversightFigures.ChooseYear(years, filter.Year, today);
        var lines = await OversightFigures.SchoolsAsync(db, supervised, year, today, ct);
        if (filter.Status is { } status) lines = lines.Where(l => l.Status == status).ToList();

        var counts = OversightStatuses.All.ToDictionary(s => s, s => lines.Count(l => l.Status == s));
        return new Result(district.Id, district.Name, district.Province, year, years, lines, counts,
            OversightFigures.TopCriteria(lines, 10),
            OversightFigures.BudgetBySource(lines));
    }
}
