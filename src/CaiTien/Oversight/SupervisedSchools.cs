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
    public async Task<IReadOnlyList<string>> YearsWithPlansAsync(IQueryable<Plans.Plan> visiblePlans, CancellationToken ct = default)
    {
        var pairs = await visiblePlans.Where(p => IdQuery.Contains(p.SchoolId)).Select(p => new { p.SchoolId, p.SchoolYear }).Distinct().ToListAsync(ct);
        var current = _schools.ToDictionary(s => s.Id, s => s.CurrentUnitId);
        return pairs.Where(p => _units.Contains(UnitOf(p.SchoolId, current[p.SchoolId], p.SchoolYear)))
            .Select(p => p.SchoolYear).Distinct().OrderByDescending(y => y, StringComparer.Ordinal).ToList();
    }

    private int UnitOf(int schoolId, int currentUnitId, string year) =>
        _history[schoolId].Where(r => r.Covers(year)).OrderByDescending(r => r.FromYear, StringComparer.Ordinal).FirstOrDefault()?.DistrictId
            ?? currentUnitId;
}
