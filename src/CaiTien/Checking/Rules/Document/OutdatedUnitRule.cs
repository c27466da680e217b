using System.Text.RegularExpressions;
using CaiTien.Checking.Text;

namespace CaiTien.Checking.Rules.Document;

/// <summary>From 1/7/2025 districts and their Phòng GD&amp;ĐT no longer exist: a plan for 2025-2026 or later that
/// names "UBND huyện …" or "Phòng GD&amp;ĐT" as its governing body or recipient names a unit that did not exist in
/// its year. The suggestion is the school's supervising unit of that year when known, else the new kind of unit.</summary>
public sealed partial class OutdatedUnitRule : ICheckRule
{
    public const int ReformYear = 2025;

    public IReadOnlyList<string> Names { get; } = ["unit-no-longer-exists"];

    public IEnumerable<Finding> Run(CheckContext context)
    {
        if (context.SchoolYear is not { } year || year.FirstYear < ReformYear) yield break;
        var unit = context.SupervisingUnit;
        if (unit is { RecordedAsExisting: true }) yield break;
        var governing = context.Plan.School?.GoverningBody;
        if (Abolished(governing) is { } named)
            yield return new Finding(Names[0], Severities.Warning, FindingLocation.Header("governingBody"),
                $"Cơ quan chủ quản \"{governing}\" ({named}) không còn tồn tại trong năm học {context.Plan.SchoolYear}: cấp huyện đã kết thúc từ 1/7/2025.",
                unit?.GoverningBody is { } g ? $"Ghi \"{g}\"." : "Ghi UBND xã/phường/đặc khu nơi trường đóng (hoặc Sở GD&ĐT đối với trường THPT).");
        var recipients = context.Plan.Recipients ?? [];
        for (var i = 0; i < recipients.Count; i++)
        {
            if (Abolished(recipients[i]) is not { } what) continue;
            yield return new Finding(Names[0], Severities.Warning, new FindingLocation(Sections.Recipients, i, null, null),
                $"Nơi nhận \"{recipients[i]}\" ({what}) không còn tồn tại trong năm học {context.Plan.SchoolYear}: Phòng GD&ĐT cấp huyện đã giải thể từ 1/7/2025.",
                unit is not null ? $"Ghi \"{unit.OfficeName}\"." : "Ghi Phòng Văn hóa – Xã hội của xã/phường (hoặc Sở GD&ĐT đối với trường THPT).");
        }
    }

    /// <summary>What kind of abolished unit the text names, or null.</summary>
    private static string? Abolished(string? text)
    {
        var folded = VietnameseText.Fold(text);
        if (folded.Length == 0) return null;
        if (DistrictGovernment().IsMatch(folded)) return "UBND cấp huyện";
        if (DistrictOffice().IsMatch(folded)) return "Phòng GD&ĐT";
        return null;
    }

    [GeneratedRegex(@"\b(?:ubnd|uy ban nhan dan)\s+(?:huyen|quan|thi xa)\b")]
    private static partial Regex DistrictGovernment();

    [GeneratedRegex(@"\bphong\s*(?:gd|gddt|giao duc)|\bpgd")]
    private static partial Regex DistrictOffice();
}
