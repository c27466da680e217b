using CaiTien.Accounts;
using CaiTien.Plans;
using CaiTien.Schools;

namespace CaiTien.Data;

/// <summary>Every query of school data starts here: what the signed-in user's unit may see.</summary>
public static class Scoping
{
    public static IQueryable<School> VisibleTo(this IQueryable<School> schools, CurrentUser user) => user switch
    {
        { IsAdmin: true } => schools,
        { IsProvinceOfficer: true } => schools.Where(s => s.District!.ProvinceId == user.ProvinceId),
        { IsDistrictOfficer: true } => schools.Where(s => s.DistrictId == user.DistrictId),
        { IsSchoolUser: true } => schools.Where(s => s.Id == user.SchoolId),
        _ => schools.Where(s => false),
    };

    public static IQueryable<Plan> VisibleTo(this IQueryable<Plan> plans, CurrentUser user) => user switch
    {
        { IsAdmin: true } => plans,
        { IsProvinceOfficer: true } => plans.Where(p => p.School!.District!.ProvinceId == user.ProvinceId),
        { IsDistrictOfficer: true } => plans.Where(p => p.School!.DistrictId == user.DistrictId),
        { IsSchoolUser: true } => plans.Where(p => p.SchoolId == user.SchoolId),
        _ => plans.Where(p => false),
    };

    /// <summary>Plans the user may change: only the school's own principal and council members.</summary>
    public static IQueryable<Plan> EditableBy(this IQueryable<Plan> plans, CurrentUser user) =>
        user.CanAuthorPlans ? plans.Where(p => p.SchoolId == user.SchoolId) : plans.Where(p => false);

    public static IQueryable<District> VisibleTo(this IQueryable<District> districts, CurrentUser user) => user switch
    {
        { IsAdmin: true } => districts,
        { IsProvinceOfficer: true } => districts.Where(d => d.ProvinceId == user.ProvinceId),
        { IsDistrictOfficer: true } => districts.Where(d => d.Id == user.DistrictId),
        _ => districts.Where(d => false),
    };
}
