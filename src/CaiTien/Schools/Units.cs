namespace CaiTien.Schools;

public enum UnitKind
{
    /// <summary>Phòng GD&amp;ĐT of a huyện, quận, thị xã or thành phố thuộc tỉnh (until 30/6/2025).</summary>
    LegacyDistrictOffice = 0,
    /// <summary>Phòng Văn hóa – Xã hội of a xã, phường or đặc khu (from 1/7/2025).</summary>
    CommuneOffice = 1,
    /// <summary>The Sở GD&amp;ĐT itself, for THPT schools and GDTX centres.</summary>
    ProvinceDepartment = 2,
}

public static class UnitKinds
{
    public static string Label(UnitKind kind) => kind switch
    {
        UnitKind.LegacyDistrictOffice => "Phòng GD&ĐT cấp huyện (trước 1/7/2025)",
        UnitKind.CommuneOffice => "Phòng Văn hóa – Xã hội cấp xã",
        UnitKind.ProvinceDepartment => "Sở GD&ĐT",
        _ => kind.ToString(),
    };
}

/// <summary>Which unit supervised a school in a range of school years ("2025-2026"; null = open-ended).</summary>
public sealed class SchoolSupervision
{
    public int Id { get; set; }
    public int SchoolId { get; set; }
    /// <summary>First school year, inclusive; null since always.</summary>
    public string? FromYear { get; set; }
    /// <summary>Last school year, inclusive; null while it lasts.</summary>
    public string? ToYear { get; set; }
    public int DistrictId { get; set; }
    public District? District { get; set; }

    public bool Covers(string year) =>
        (FromYear is null || string.CompareOrdinal(FromYear, year) <= 0) && (ToYear is null || string.CompareOrdinal(ToYear, year) >= 0);
}

public enum UnitEventKind
{
    Created = 0,
    Renamed = 1,
    MergedInto = 2,
    Closed = 3,
}

/// <summary>One dated change of a province, unit or school: its history, kept forever.</summary>
public sealed class UnitEvent
{
    public int Id { get; set; }
    public int? ProvinceId { get; set; }
    public int? DistrictId { get; set; }
    public int? SchoolId { get; set; }
    public UnitEventKind Kind { get; set; }
    public DateOnly On { get; set; }
    public string? OldName { get; set; }
    public string? NewName { get; set; }
    /// <summary>For a merge: the id of the province, unit or school it joined (same kind as the subject).</summary>
    public int? IntoId { get; set; }
    public string? Note { get; set; }
}
