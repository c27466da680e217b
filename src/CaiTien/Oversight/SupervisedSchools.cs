using CaiTien.Data;
using CaiTien.Schools;
using Microsoft.EntityFrameworkCore;

namespace CaiTien.Oversight;

/// <summary>Every school that one of a set of units has ever supervised, read once with its supervision history,
/// so a dashboard places each school in any school year in memory (<see cref="Supervision"/>'s rule) instead of
/// asking the database again per year.</summary>
public sealed class SupervisedSchools
{
    public sealed record Member(int Id, string Code, string Name, string Level, int UnitId);

    private sealed record Candidate(int Id, string Code, string Name, string Level, int CurrentUnitId);

    private readonly List<Candidate> _schools;
    private readonly ILookup<int, SchoolSupervision> _history;
    private readonly HashSet<int> _units;

    private SupervisedSchools(IQueryable<int> idQuery, List<Candidate> schools, ILookup<int, SchoolSupervision> history, HashSet<int> units) =>
        (IdQuery, _schools, _history, _units) = (idQuery, schools, history, units);

    /// <summary>The same schools as a subquery: a province's thousands of ids sent back as a parameter list make the
    /// database compare every plan with every id, where a semi-join hashes them once.</summary>
    public IQueryable<int> IdQuery { get; }

    /// <param name="visible">the schools the user may see, already narrowed by any filter of the page.</param>
    public static async Task<SupervisedSchools> LoadAsync(CaiTienDb db, IQueryable<School> visible, IReadOnlyCollection<int> unitIds, CancellationToken ct = default)
    {
        var units = unitIds.ToArray();
        var candidates = visible.AsNoTracking()
            .Where(s => units.Contains(s.DistrictId) || s.Supervisions.Any(x => units.Contains(x.DistrictId)));
        var schools = await candidates.OrderBy(s => s.Name).ThenBy(s => s.Id)
            .Select(s => new Candidate(s.Id, s.Code, s.Name, s.Level, s.DistrictId)).ToListAsync(ct);
        var idQuery = candidates.Select(s => s.Id);
        var history = await db.SchoolSupervisions.AsNoTracking().Where(x => idQuery.Contains(x.SchoolId)).ToListAsync(ct);
        return new SupervisedSchools(idQuery, schools, history.ToLookup(x => x.SchoolId), [.. units]);
    }

    /// <summary>The schools the units supervised in the school year, each with its unit of that year, by name.</summary>
    public IReadOnlyList<Member> In(string year) =>
        _schools.Select(s => new Member(s.Id, s.Code, s.Name, s.Level, UnitOf(s.Id, s.CurrentUnitId, year)))
            .Where(m => _units.Contains(m.UnitId)).ToList();

    /// <summary>School years in which a school then supervised by one of the units has a plan, newest first.</summary>
    /// <remarks>The distinct years come from the server (a handful, not a pair per school and year); a year is then
    /// asked about again only when some of the schools were elsewhere that year, with the shorter list of ids.
    /// The schools are already the visible ones, and a plan of a year in which one of the units supervised its school
    /// is visible to that unit's officer (Scoping), so the plans need no second visibility filter, which would cost
    /// the province view a supervision lookup per plan.</remarks>
    public async Task<IReadOnlyList<string>> YearsWithPlansAsync(IQueryable<Plans.Plan> allPlans, CancellationToken ct = default)
    {
        var plans = allPlans.Where(p => IdQuery.Contains(p.SchoolId));
        var years = await plans.Select(p => p.SchoolYear).Distinct().ToListAsync(ct);
        var kept = new List<string>();
        foreach (var year in years)
        {
            var inside = _schools.ToLookup(s => _units.Contains(UnitOf(s.Id, s.CurrentUnitId, year)), s => s.Id);
            var (ins, outs) = (inside[true].ToArray(), inside[false].ToArray());
            var any = outs.Length == 0 ? true
                : ins.Length == 0 ? false
                : ins.Length <= outs.Length
                    ? await plans.AnyAsync(p => p.SchoolYear == year && ins.Contains(p.SchoolId), ct)
                    : await plans.AnyAsync(p => p.SchoolYear == year && !outs.Contains(p.SchoolId), ct);
            if (any) kept.Add(year);
        }
        return kept.OrderByDescending(y => y, StringComparer.Ordinal).ToList();
    }

    private int UnitOf(int schoolId, int currentUnitId, string year) =>
        _history[schoolId].Where(r => r.Covers(year)).OrderByDescending(r => r.FromYear, StringComparer.Ordinal).FirstOrDefault()?.DistrictId
            ?? currentUnitId;
}
