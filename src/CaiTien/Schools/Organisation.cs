namespace CaiTien.Schools;

/// <summary>Sở GD&amp;ĐT level: a province or centrally-run city. Since 1/7/2025 several provinces were merged into
/// one (63 → 34); the merged ones stay, closed, with a link to the province they joined.</summary>
public sealed class Province
{
    public int Id { get; set; }
    public required string Code { get; set; }
    public required string Name { get; set; }
    public DateOnly? ValidFrom { get; set; }
    /// <summary>Last day the province existed; null while it exists.</summary>
    public DateOnly? ValidTo { get; set; }
    public int? MergedIntoId { get; set; }
    public List<District> Districts { get; set; } = [];
}

/// <summary>The supervising unit (cơ quan quản lý trực tiếp) that receives and reviews school plans: a legacy
/// Phòng GD&amp;ĐT of a district, since 1/7/2025 the Phòng Văn hóa – Xã hội of a commune, or the Sở itself for
/// THPT and GDTX. Named District in code and tables for history; units are never deleted, only closed.</summary>
public sealed class District
{
    public int Id { get; set; }
    public required string Code { get; set; }
    /// <summary>The territory, e.g. "Huyện Dầu Tiếng", "Xã Định Thành".</summary>
    public required string Name { get; set; }
    /// <summary>Office name as used in "Nơi nhận", e.g. "Phòng Giáo dục và Đào tạo huyện Dầu Tiếng".</summary>
    public required string OfficeName { get; set; }
    public UnitKind Kind { get; set; } = UnitKind.LegacyDistrictOffice;
    /// <summary>The local government the office belongs to, e.g. "UBND huyện Dầu Tiếng", "UBND xã Định Thành".</summary>
    public string? LocalGovernment { get; set; }
    public DateOnly? ValidFrom { get; set; }
    /// <summary>Last day the unit existed; null while it exists.</summary>
    public DateOnly? ValidTo { get; set; }
    public int? MergedIntoId { get; set; }
    public int ProvinceId { get; set; }
    public Province? Province { get; set; }
    public List<School> Schools { get; set; } = [];

    public bool IsOpen => ValidTo is null;

    /// <summary>Whether the unit existed at some point of the school year (1 August to 31 July).</summary>
    public bool ExistedIn(string year) =>
        (ValidFrom is null || ValidFrom <= new DateOnly(SchoolYears.StartYear(year) + 1, 7, 31))
        && (ValidTo is null || ValidTo >= new DateOnly(SchoolYears.StartYear(year), 8, 1));
}

public sealed class School
{
    public int Id { get; set; }
    /// <summary>Short code used in addresses and the CLI; also the document-number suffix (KH-THĐP).</summary>
    public required string Code { get; set; }
    public required string Name { get; set; }
    public required string Abbreviation { get; set; }
    /// <summary>caitien.plan/1 school level: preschool, primary, lowerSecondary, upperSecondary, multiLevel.</summary>
    public required string Level { get; set; }
    public string? GoverningBody { get; set; }
    public string? Place { get; set; }
    public string? Website { get; set; }
    /// <summary>The current supervising unit. Plans use the supervision of their own school year (<see cref="Supervisions"/>).</summary>
    public int DistrictId { get; set; }
    public District? District { get; set; }
    /// <summary>Loại hình: công lập, tư thục, dân lập.</summary>
    public string? Ownership { get; set; }
    public string? Address { get; set; }
    /// <summary>Principal's name, email and phone as given by the province's school list.</summary>
    public string? PrincipalName { get; set; }
    public string? ContactEmail { get; set; }
    public string? ContactPhone { get; set; }
    /// <summary>Last day the school existed (closed or merged); null while it exists.</summary>
    public DateOnly? ClosedOn { get; set; }
    public int? MergedIntoId { get; set; }
    public List<SchoolSupervision> Supervisions { get; set; } = [];
    public List<SchoolSite> Sites { get; set; } = [];
    public List<StaffMember> Staff { get; set; } = [];
    public List<FrameworkChoice> FrameworkChoices { get; set; } = [];
}

/// <summary>Điểm trường: a satellite site of a school.</summary>
public sealed class SchoolSite
{
    public int Id { get; set; }
    public int SchoolId { get; set; }
    public required string Name { get; set; }
    public string? Address { get; set; }
}

public sealed class StaffMember
{
    public int Id { get; set; }
    public int SchoolId { get; set; }
    public required string FullName { get; set; }
    public required string Position { get; set; }
    /// <summary>Tổ chuyên môn or tổ văn phòng, as written in the staff list.</summary>
    public string? Team { get; set; }
    public string? Email { get; set; }
    public string? Phone { get; set; }
}

/// <summary>The framework a school uses for one level in one school year, when it differs from the default
/// (2018 circulars up to 2025-2026, TT57 from 2026-2027).</summary>
public sealed class FrameworkChoice
{
    public int Id { get; set; }
    public int SchoolId { get; set; }
    public required string SchoolYear { get; set; }
    public required string Level { get; set; }
    public required string FrameworkId { get; set; }
}
