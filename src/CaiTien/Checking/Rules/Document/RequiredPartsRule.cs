using System.Text.RegularExpressions;

namespace CaiTien.Checking.Rules.Document;

/// <summary>Parts a letter must have (CV 5932): an empty "Mục đích, yêu cầu" or "Tổ chức thực hiện" leaves a heading
/// with nothing under it, or the part out of the letter; and a title that names the school year twice.</summary>
public sealed partial class RequiredPartsRule : ICheckRule
{
    public IReadOnlyList<string> Names { get; } = ["purposes-missing", "organization-missing", "title-repeats-year"];

    public IEnumerable<Finding> Run(CheckContext context)
    {
        var plan = context.Plan;
        if (plan.Purposes.All(CheckContext.IsBlank))
            yield return new Finding(Names[0], Severities.Warning, new FindingLocation(Sections.Purposes, null, null, null),
                "Phần \"Mục đích, yêu cầu\" còn trống: văn bản sẽ thiếu phần này.",
                "Ghi mục đích và yêu cầu của kế hoạch, mỗi dòng một ý (ví dụ: khắc phục các điểm yếu đã nêu trong báo cáo tự đánh giá).");
        if (plan.Organization.All(r => CheckContext.IsBlank(r.Role) && (r.Duties ?? []).All(CheckContext.IsBlank)))
            yield return new Finding(Names[1], Severities.Warning, new FindingLocation(Sections.Organization, null, null, null),
                "Phần \"Tổ chức thực hiện\" còn trống: văn bản sẽ thiếu phần giao nhiệm vụ.",
                "Ghi nhiệm vụ của Hiệu trưởng, Hội đồng tự đánh giá, Tổ giám sát và các tổ (dòng vai trò, dòng bắt đầu \"-\" là nhiệm vụ).");
        if (!CheckContext.IsBlank(plan.Title) && Year().Matches(plan.Title!).GroupBy(m => Digits().Replace(m.Value, "")).Any(g => g.Count() > 1))
            yield return new Finding(Names[2], Severities.Warning, FindingLocation.Header("title"),
                $"Tiêu đề ghi năm học hai lần: \"{plan.Title}\".",
                "Chỉ ghi năm học một lần trong tiêu đề.");
    }

    [GeneratedRegex(@"\b(?:19|20)\d{2}\s*[-–—/]\s*(?:19|20)\d{2}\b")]
    private static partial Regex Year();

    [GeneratedRegex(@"\D")]
    private static partial Regex Digits();
}
