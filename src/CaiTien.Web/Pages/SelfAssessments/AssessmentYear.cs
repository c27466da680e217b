using CaiTien.Schools;

namespace CaiTien.Web.Pages.SelfAssessments;

/// <summary>Route helpers shared by the self-assessment pages.</summary>
public static class AssessmentYear
{
    public static string Home(string year) => $"/tu-danh-gia/{year}";
    public static string Council(string year) => $"/tu-danh-gia/{year}/hoi-dong";
    public static string Rate(string year) => $"/tu-danh-gia/{year}/danh-gia";
    public static string CreatePlan(string year) => $"/tu-danh-gia/{year}/tao-ke-hoach";
    public static string Report(string year) => $"/tu-danh-gia/{year}/bao-cao";
    public static string EvidenceHealth(string year) => $"/tu-danh-gia/{year}/minh-chung";
    public static string Gaps(string year) => $"/tu-danh-gia/{year}/khoang-cach";
    public static string Handouts(string year) => $"/tu-danh-gia/{year}/phieu-giao-viec";

    public static string Previous(string year) => $"{SchoolYears.StartYear(year) - 1}-{SchoolYears.StartYear(year)}";

    /// <summary>"Mức 1", "Mức 2"… as column headings; "Đạt" / "Không đạt" / "—" per cell.</summary>
    public static string Cell(int criterionLevel, int highestLevel, int level) =>
        highestLevel < level ? "—" : criterionLevel >= level ? "Đạt" : "Không đạt";

    public static string ScopeText(string scope) => scope switch
    {
        "all" => "tất cả tiêu chí",
        "mandatory" => "tiêu chí bắt buộc",
        "optional" => "tiêu chí không bắt buộc",
        _ when scope.StartsWith("hasLevel:", StringComparison.Ordinal) => $"tiêu chí có Mức {scope["hasLevel:".Length..]}",
        _ => scope,
    };
}
