using System.Text;
using System.Text.RegularExpressions;
using CaiTien.Checking.Text;
using CaiTien.Documents.Interchange;

namespace CaiTien.Checking.Rules.Frameworks;

/// <summary>The prose or the rows speak of the school as a school of another level ("trường mầm non" in a THPT plan):
/// a passage copied from another school's plan. A school names other levels for good reasons — intake from the level
/// below, a named partner school, the schools of the area — so those sentences are left alone.</summary>
public sealed partial class OtherLevelWordingRule : ICheckRule
{
    public IReadOnlyList<string> Names { get; } = ["other-level-wording"];

    public IEnumerable<Finding> Run(CheckContext context)
    {
        var level = context.Plan.School?.Level;
        if (level is null or SchoolLevels.MultiLevel) yield break;
        var ownName = Simple(context.Plan.School?.Name);
        foreach (var (location, text) in Texts(context))
        {
            foreach (var sentence in Sentences().Split(text.Normalize(NormalizationForm.FormC)))
            {
                var m = LevelPhrase().Match(sentence);
                while (m.Success && !IsOtherLevel(m, level, ownName, sentence)) m = m.NextMatch();
                if (!m.Success) continue;
                yield return new Finding(Names[0], Severities.Warning, location,
                    $"Kế hoạch của trường {SchoolLevels.DisplayName(level).ToLowerInvariant()} nhưng ghi “{m.Value}”: {VietnameseText.Quote(sentence)}.",
                    "Kiểm tra lại đoạn này: có thể được chép từ kế hoạch của trường cấp học khác.");
                break;
            }
        }
    }

    private static IEnumerable<(FindingLocation, string)> Texts(CheckContext context)
    {
        if (!string.IsNullOrWhiteSpace(context.Plan.Title)) yield return (FindingLocation.Header("title"), context.Plan.Title);
        foreach (var part in ProsePart.Of(context.Plan).Where(p => p.Kind != "legalBases"))
            foreach (var paragraph in part.Paragraphs) yield return paragraph;
        for (var i = 0; i < context.Items.Count; i++)
        {
            var item = context.Items[i];
            foreach (var (field, value) in new[] { ("weakness", item.Weakness), ("targetResult", item.TargetResult), ("tasks", item.Tasks), ("measures", item.Measures) })
                if (!string.IsNullOrWhiteSpace(value)) yield return (FindingLocation.ItemField(i, item.Criterion, field), value);
        }
    }

    private static bool IsOtherLevel(Match m, string level, string ownName, string sentence)
    {
        var phraseLevel = m.Groups["pre"].Success ? SchoolLevels.Preschool
            : m.Groups["pri"].Success ? SchoolLevels.Primary
            : m.Groups["low"].Success ? SchoolLevels.LowerSecondary : SchoolLevels.UpperSecondary;
        if (phraseLevel == level || ownName.Contains(Simple(m.Groups["level"].Value), StringComparison.Ordinal)) return false;
        if (Legitimate().IsMatch(sentence)) return false;
        var after = sentence[(m.Index + m.Length)..].TrimStart();
        var shouting = m.Value.Any(char.IsLetter) && m.Value.Where(char.IsLetter).All(char.IsUpper);
        return shouting || after.Length == 0 || !char.IsUpper(after[0]);
    }

    private static string Simple(string? text) => VietnameseText.Simplify(text)
        .Replace("trung học cơ sở", "thcs").Replace("trung học phổ thông", "thpt").Replace("mẫu giáo", "mầm non");

    [GeneratedRegex(@"(?<=[.;!?\n])\s+")]
    private static partial Regex Sentences();

    [GeneratedRegex(@"\b(?:trường|giáo viên|học sinh|cấp|nhóm|lớp|trẻ)\s+(?<level>(?<pre>mầm\s+non|mẫu\s+giáo|nhà\s+trẻ)|(?<pri>tiểu\s+học)|(?<low>trung\s+học\s+cơ\s+sở|THCS)|(?<up>trung\s+học\s+phổ\s+thông|THPT))\b", RegexOptions.IgnoreCase)]
    private static partial Regex LevelPhrase();

    /// <summary>Intake from or transfer to another level, the area's schools, named partners and shared events.</summary>
    [GeneratedRegex(@"\blớp\s+(?:1|6|10|một|sáu|mười)\b|tuyển\s+sinh|chuyển\s+(?:cấp|tiếp)|liên\s+thông|\b[56]\s+tuổi\b|tốt\s+nghiệp|các\s+(?:trường|cấp)|trên\s+địa\s+bàn|liên\s+trường|cụm\s+trường|phối\s+hợp|giao\s+lưu|kết\s+nghĩa|(?:Bộ|Sở|Phòng)\s+(?:GD|Giáo)|điều\s+lệ|chuẩn\s+nghề\s+nghiệp|thông\s+tư|chương\s+trình\s+giáo\s+dục\s+(?:mầm|phổ)", RegexOptions.IgnoreCase)]
    private static partial Regex Legitimate();
}
