namespace CaiTien.Schools;

/// <summary>The letter header a new plan is given from the unit supervising the school in the plan's year.</summary>
public static class Letterhead
{
    /// <summary>The cơ quan chủ quản line: the commune's People's Committee (UBND xã …) from 2025-2026, the Sở for a
    /// school under the Sở, the district's People's Committee before the reform; null when the unit does not say.</summary>
    public static string? GoverningBody(District unit) => unit.Kind switch
    {
        UnitKind.ProvinceDepartment => unit.OfficeName,
        _ => unit.LocalGovernment,
    };
}
