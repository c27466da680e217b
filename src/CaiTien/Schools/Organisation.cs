namespace CaiTien.Schools;

/// <summary>Sở GD&amp;ĐT level: a province or centrally-run city.</summary>
public sealed class Province
{
    public int Id { get; set; }
    public required string Code { get; set; }
    public required string Name { get; set; }
    public List<District> Districts { get; set; } = [];
}

/// <summary>Phòng GD&amp;ĐT level: the district office that receives and reviews school plans.</summary>
public sealed class District
{
    public int Id { get; set; }
    public required string Code { get; set; }
    public required string Name { get; set; }
    /// <summary>Office name as used in "Nơi nhận", e.g. "Phòng Giáo dục và Đào tạo huyện Dầu Tiếng".</summary>
    public required string OfficeName { get; set; }
    public int ProvinceId { get; set; }
    public Province? Province { get; set; }
    public List<School> Schools { get; set; } = [];
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
    public int DistrictId { get; set; }
    public District? District { get; set; }
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
