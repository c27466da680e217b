using System.Globalization;
using System.Text.RegularExpressions;
using CaiTien.Checking.Text;

namespace CaiTien.Checking.Rules.Document;

/// <summary>Duties given to a body whose job they are not (CV 5932: the self-assessment council writes and completes
/// the self-assessment report; a monitoring team monitors). A warning: a reviewer sends back a plan whose bodies have
/// swapped their duties.</summary>
public sealed partial class DutiesBodyRule : ICheckRule
{
    public IReadOnlyList<string> Names { get; } = ["duty-of-other-body"];

    public IEnumerable<Finding> Run(CheckContext context)
    {
        var roles = context.Plan.Organization ?? [];
        for (var i = 0; i < roles.Count; i++)
        {
            var role = VietnameseText.Fold(roles[i].Role);
            if (!role.Contains("giam sat", StringComparison.Ordinal) || role.Contains("hoi dong tu danh gia", StringComparison.Ordinal)) continue;
            foreach (var duty in roles[i].Duties ?? [])
            {
                if (!CouncilWork().IsMatch(VietnameseText.Fold(duty))) continue;
                yield return new Finding(Names[0], Severities.Warning, new FindingLocation(Sections.Organization, i, null, "duties"),
                    $"{VietnameseText.Quote(roles[i].Role)} được giao việc của Hội đồng tự đánh giá: {VietnameseText.Quote(duty)}.",
                    "Việc viết, hoàn thiện báo cáo tự đánh giá thuộc Hội đồng tự đánh giá; Tổ giám sát theo dõi, kiểm tra tiến độ và hiệu quả thực hiện kế hoạch.");
            }
        }
    }

    [GeneratedRegex(@"\b(?:viet|hoan chinh|hoan thien|xay dung) bao cao tu danh gia\b|\bphe duyet ke hoach tu danh gia\b|\bdang ky danh gia ngoai\b")]
    private static partial Regex CouncilWork();
}

/// <summary>A deadline ("trước ngày 09/01/2024", "chậm nhất ngày …") in duties or rows that falls before the plan's
/// own date (or, without a date, before its school year begins).</summary>
public sealed partial class DeadlineBeforePlanDateRule : ICheckRule
{
    public IReadOnlyList<string> Names { get; } = ["deadline-before-plan-date"];

    public IEnumerable<Finding> Run(CheckContext context)
    {
        DateOnly? reference = context.Plan.IssuedOn ?? context.SchoolYear?.FirstDay;
        if (reference is not { } limit) yield break;
        var what = context.Plan.IssuedOn is null ? $"đầu năm học {context.SchoolYear?.Label}" : $"ngày ban hành kế hoạch ({limit:dd/MM/yyyy})";
        foreach (var (location, text) in PlanTexts.All(context.Plan))
        {
            if (location.Section is not (Sections.Organization or Sections.Items) || location.Field is "timeText" or "role") continue;
            if (!text.Any(char.IsAsciiDigit) || !(text.Contains("trước", StringComparison.OrdinalIgnoreCase)
                || text.Contains("hạn", StringComparison.OrdinalIgnoreCase) || text.Contains("chậm nhất", StringComparison.OrdinalIgnoreCase))) continue;
            foreach (Match m in Deadline().Matches(text))
            {
                var day = int.Parse(m.Groups["d"].Value, CultureInfo.InvariantCulture);
                var month = int.Parse(m.Groups["m"].Value, CultureInfo.InvariantCulture);
                var year = int.Parse(m.Groups["y"].Value, CultureInfo.InvariantCulture);
                if (month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month)) continue;
                var date = new DateOnly(year, month, day);
                if (date >= limit) continue;
                yield return new Finding(Names[0], Severities.Error, location,
                    $"Hạn \"{m.Value.Trim()}\" đã qua trước {what}.",
                    "Sửa hạn thành một ngày trong năm học của kế hoạch.");
            }
        }
    }

    [GeneratedRegex(@"(?:trước|chậm nhất|hạn chót|hạn)\s+(?:ngày\s+)?(?<d>\d{1,2})\s*(?:/|-|\s+tháng\s+)\s*(?<m>\d{1,2})\s*(?:/|-|\s+năm\s+)\s*(?<y>(?:19|20)\d{2})", RegexOptions.IgnoreCase)]
    private static partial Regex Deadline();
}

/// <summary>Web addresses that cannot work: an "@" inside an http(s) address ("https://x.tphcm@moet.edu.vn" mixes a
/// website and an e-mail address).</summary>
public sealed partial class WebAddressRule : ICheckRule
{
    public IReadOnlyList<string> Names { get; } = ["malformed-web-address"];

    public IEnumerable<Finding> Run(CheckContext context)
    {
        foreach (var (location, text) in PlanTexts.All(context.Plan))
        {
            if (!text.Contains('@')) continue;
            foreach (Match m in Url().Matches(text))
            {
                var url = m.Value.TrimEnd('.', ',', ';', ')');
                if (!url.Contains('@')) continue;
                yield return new Finding(Names[0], Severities.Warning, location,
                    $"Địa chỉ trang web \"{url}\" không hợp lệ: có dấu \"@\" như địa chỉ thư điện tử.",
                    "Ghi địa chỉ trang web dạng https://ten-truong.edu.vn; dấu \"@\" chỉ dùng trong địa chỉ thư điện tử.");
            }
        }
    }

    [GeneratedRegex(@"(?:https?://|www\.)[^\s()""“”<>]+", RegexOptions.IgnoreCase)]
    private static partial Regex Url();
}
