using CaiTien.Accounts;
using CaiTien.Plans;
using CaiTien.Schools;

namespace CaiTien.Data;

/// <summary>Every query of school data starts here: what the signed-in user's unit may see. A supervising unit
/// sees the plans of the years in which it supervised the school (<see cref="Supervision"/>); a province officer
/// sees the units of her province, current and merged into it.</summary>
public static class Scoping
{
    public static IQueryable<School> VisibleTo(this IQueryable<School> schools, CurrentUser user) => user switch
    {
        { IsAdmin: true } => schools,
        { IsProvinceOfficer: true } => schools.Where(s =>
            s.District!.ProvinceId == user.ProvinceId || s.District.Province!.MergedIntoId == user.ProvinceId
            || s.Supervisions.Any(x => x.District!.ProvinceId == user.ProvinceId || x.District.Province!.MergedIntoId == user.ProvinceId)),
        { IsDistrictOfficer: true } => schools.Where(s => s.DistrictId == user.DistrictId || s.Supervisions.Any(x => x.DistrictId == user.DistrictId)),
        { IsSchoolUser: true } => schools.Where(s => s.Id == user.SchoolId),
        _ => schools.Where(s => false),
    };

    public static IQueryable<Plan> VisibleTo(this IQueryable<Plan> plans, CurrentUser user) => user switch
    {
        { IsAdmin: true } => plans,
        { IsProvinceOfficer: true } => plans.SupervisedInProvince(user.ProvinceId!.Value),
        { IsDistrictOfficer: true } => plans.SupervisedBy(user.DistrictId!.Value),
        { IsSchoolUser: true } => plans.Where(p => p.SchoolId == user.SchoolId),
        _ => plans.Where(p => false),
    };

    /// <summary>Plans the user may change: only the school's own principal and council members.</summary>
    public static IQueryable<Plan> EditableBy(this IQueryable<Plan> plans, CurrentUser user) =>
        user.CanAuthorPlans ? plans.Where(p => p.SchoolId == user.SchoolId) : plans.Where(p => false);

    public static IQueryable<District> VisibleTo(this IQueryable<District> districts, CurrentUser user) => user switch
    {
        { IsAdmin: true } => districts,
        { IsProvinceOfficer: true } => districts.Where(d => d.ProvinceId == user.ProvinceId || d.Province!.MergedIntoId == user.ProvinceId),
        { IsDistrictOfficer: true } => districts.Where(d => d.Id == user.DistrictId),
        _ => districts.Where(d => false),
    };

    /// <summary>Units and schools the user may administer: everything for the administrator, the units of her
    /// own province (current ones, not merged-away provinces) for a Sở officer.</summary>
    public static IQueryable<District> AdministeredBy(this IQueryable<District> districts, CurrentUser user) => user switch
    {
        { IsAdmin: true } => districts,
        { IsProvinceOfficer: true } => districts.Where(d => d.ProvinceId == user.ProvinceId || d.Province!.MergedIntoId == user.ProvinceId),
        _ => districts.Where(d => false),
    };

    public static IQueryable<School> AdministeredBy(this IQueryable<School> schools, CurrentUser user) => user switch
    {
        { IsAdmin: true } => schools,
        { IsProvinceOfficer: true } => schools.Where(s => s.District!.ProvinceId == user.ProvinceId || s.District.Province!.MergedIntoId == user.ProvinceId),
        _ => schools.Where(s => false),
    };
}
