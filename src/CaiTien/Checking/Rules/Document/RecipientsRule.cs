using System.Text.RegularExpressions;
using CaiTien.Checking.Text;
using CaiTien.Documents.Interchange;

namespace CaiTien.Checking.Rules.Document;

/// <summary>The plan goes to the education office above the school (Phòng GD&amp;ĐT, or Sở GD&amp;ĐT for upper
/// secondary and for schools under the Sở). Recipients that leave it out give a warning; no recipients or no signer
/// at all (possibly not imported) an info.</summary>
public sealed partial class RecipientsRule : ICheckRule
{
    public IReadOnlyList<string> Names { get; } = ["no-education-office-recipient", "recipients-missing", "signer-missing"];

    public IEnumerable<Finding> Run(CheckContext context)
    {
        var recipients = context.Plan.Recipients ?? [];
        if (recipients.Count == 0)
            yield return new Finding(Names[1], Severities.Info, new FindingLocation(Sections.Recipients, null, null, null),
                "Không thấy phần Nơi nhận.", "Ghi Nơi nhận, trong đó có Phòng Giáo dục và Đào tạo (để báo cáo) và Lưu: VT.");
        else if (!recipients.Any(r => EducationOffice().IsMatch(VietnameseText.Fold(r))))
            yield return new Finding(Names[0], Severities.Warning, new FindingLocation(Sections.Recipients, null, null, null),
                "Nơi nhận không có Phòng Giáo dục và Đào tạo (cơ quan quản lý trực tiếp của trường).",
                context.SchoolLevel is SchoolLevels.UpperSecondary or SchoolLevels.MultiLevel
                    ? "Thêm \"Sở Giáo dục và Đào tạo (để báo cáo)\" vào Nơi nhận."
                    : "Thêm \"Phòng Giáo dục và Đào tạo (để báo cáo)\" vào Nơi nhận.");
        if (context.Plan.Signer is null || CheckContext.IsBlank(context.Plan.Signer.Title))
            yield return new Finding(Names[2], Severities.Info, new FindingLocation(Sections.Signer, null, null, null),
                "Không thấy phần chữ ký (chức vụ, họ tên người ký).", "Ghi chức vụ và họ tên người ký (thường là Hiệu trưởng).");
    }

    // Since 1/7/2025 the commune's Phòng Văn hóa – Xã hội is the managing office of preschools, primary and THCS.
    [GeneratedRegex(@"\b(?:phong|so)\s*(?:gd|gddt|giao duc)\b|\bpgd|\bsgd|\bphong van hoa")]
    private static partial Regex EducationOffice();
}
