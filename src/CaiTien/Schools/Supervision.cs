using CaiTien.Data;
using CaiTien.Plans;
using Microsoft.EntityFrameworkCore;

namespace CaiTien.Schools;

/// <summary>Which unit supervises a school in a given school year. A school's supervision row covering the year
/// decides; a school with no row for the year falls back to its current unit (schools created before the
/// reform data, or never moved). Every plan-related path asks here with the plan's own school year.</summary>
public static class Supervision
{
    /// <summary>Plans whose school was supervised by the unit in the plan's own school year.</summary>
    public static IQueryable<Plan> SupervisedBy(this IQueryable<Plan> plans, int districtId) => plans.Where(p =>
        p.School!.Supervisions.Any(s => s.DistrictId == districtId
            && (s.FromYear == null || string.Compare(s.FromYear, p.SchoolYear) <= 0)
            && (s.ToYear == null || string.Compare(s.ToYear, p.SchoolYear) >= 0))
        || (p.School.DistrictId == districtId && !p.School.Supervisions.Any(s =>
            (s.FromYear == null || string.Compare(s.FromYear, p.SchoolYear) <= 0)
            && (s.ToYear == null || string.Compare(s.ToYear, p.SchoolYear) >= 0))));

    /// <summary>Plans whose supervising unit of the plan's year belongs to the province, or to a province merged into it.</summary>
    public static IQueryable<Plan> SupervisedInProvince(this IQueryable<Plan> plans, int provinceId) => plans.Where(p =>
        p.School!.Supervisions.Any(s => (s.District!.ProvinceId == provinceId || s.District.Province!.MergedIntoId == provinceId)
            && (s.FromYear == null || string.Compare(s.FromYear, p.SchoolYear) <= 0)
            && (s.ToYear == null || string.Compare(s.ToYear, p.SchoolYear) >= 0))
        || ((p.School.District!.ProvinceId == provinceId || p.School.District.Province!.MergedIntoId == provinceId)
            && !p.School.Supervisions.Any(s =>
                (s.FromYear == null || string.Compare(s.FromYear, p.SchoolYear) <= 0)
                && (s.ToYear == null || string.Compare(s.ToYear, p.SchoolYear) >= 0))));

    /// <summary>Schools the unit supervised in the school year.</summary>
    public static IQueryable<School> SupervisedBy(this IQueryable<School> schools, int districtId, string year) => schools.Where(sc =>
        sc.Supervisions.Any(s => s.DistrictId == districtId
            && (s.FromYear == null || string.Compare(s.FromYear, year) <= 0)
            && (s.ToYear == null || string.Compare(s.ToYear, year) >= 0))
        || (sc.DistrictId == districtId && !sc.Supervisions.Any(s =>
            (s.FromYear == null || string.Compare(s.FromYear, year) <= 0)
            && (s.ToYear == null || string.Compare(s.ToYear, year) >= 0))));

    /// <summary>Schools supervised in the school year by a unit of the province (or of a province merged into it).</summary>
    public static IQueryable<School> SupervisedInProvince(this IQueryable<School> schools, int provinceId, string year) => schools.Where(sc =>
        sc.Supervisions.Any(s => (s.District!.ProvinceId == provinceId || s.District.Province!.MergedIntoId == provinceId)
            && (s.FromYear == null || string.Compare(s.FromYear, year) <= 0)
            && (s.ToYear == null || string.Compare(s.ToYear, year) >= 0))
        || ((sc.District!.ProvinceId == provinceId || sc.District.Province!.MergedIntoId == provinceId)
            && !sc.Supervisions.Any(s =>
                (s.FromYear == null || string.Compare(s.FromYear, year) <= 0)
                && (s.ToYear == null || string.Compare(s.ToYear, year) >= 0))));

    /// <summary>The unit supervising the school in the school year.</summary>
    public static async Task<District> UnitOfAsync(CaiTienDb db, int schoolId, string year, CancellationToken ct = default)
    {
        var rows = await db.SchoolSupervisions.AsNoTracking().Include(s => s.District).Where(s => s.SchoolId == schoolId).ToListAsync(ct);
        return rows.Where(r => r.Covers(year)).OrderByDescending(r => r.FromYear, StringComparer.Ordinal).FirstOrDefault()?.District
            ?? await db.Schools.AsNoTracking().Where(s => s.Id == schoolId).Select(s => s.District!).FirstAsync(ct);
    }

    /// <summary>Moves the school to another unit from a school year on: the open supervision ends the year before.</summary>
    public static async Task MoveAsync(CaiTienDb db, School school, int toDistrictId, string fromYear, CancellationToken ct = default)
    {
        var rows = await db.SchoolSupervisions.Where(s => s.SchoolId == school.Id).ToListAsync(ct);
        var previousYear = $"{SchoolYears.StartYear(fromYear) - 1}-{SchoolYears.StartYear(fromYear)}";
        if (rows.Count == 0)
            db.SchoolSupervisions.Add(new SchoolSupervision { SchoolId = school.Id, ToYear = previousYear, DistrictId = school.DistrictId });
        foreach (var row in rows.Where(r => r.Covers(fromYear) || (r.FromYear is not null && string.CompareOrdinal(r.FromYear, fromYear) > 0)))
        {
            if (row.FromYear is not null && string.CompareOrdinal(row.FromYear, fromYear) >= 0) db.SchoolSupervisions.Remove(row);
            else row.ToYear = previousYear;
        }
        db.SchoolSupervisions.Add(new SchoolSupervision { SchoolId = school.Id, FromYear = fromYear, DistrictId = toDistrictId });
        school.DistrictId = toDistrictId;
    }
}
