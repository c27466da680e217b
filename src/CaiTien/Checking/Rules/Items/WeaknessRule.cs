using System.Text.RegularExpressions;
using CaiTien.Checking.Text;

namespace CaiTien.Checking.Rules.Items;

/// <summary>The weakness cell (điểm yếu) must state a weakness the row then works on: one that reads as an action
/// ("Động viên, khuyến khích …") with no sign of a shortcoming gets a warning, and a council named in the weakness
/// ("Hội đồng khoa học") that the row's actions replace with another ("Hội đồng trường") gets a warning.</summary>
public sealed partial class WeaknessRule : ICheckRule
{
    public IReadOnlyList<string> Names { get; } = ["weakness-reads-as-action", "weakness-not-addressed"];

    public IEnumerable<Finding> Run(CheckContext context)
    {
        for (var i = 0; i < context.Items.Count; i++)
        {
            var item = context.Items[i];
            if (CheckContext.IsBlank(item.Weakness)) continue;
            var weakness = VietnameseText.Fold(item.Weakness);
            var where = FindingLocation.ItemField(i, item.Criterion, "weakness");
            if (ActionStart().IsMatch(weakness) && !Shortcoming().IsMatch(weakness))
                yield return new Finding(Names[0], Severities.Warning, where,
                    $"Tiêu chí {item.Criterion}: ô Điểm yếu {VietnameseText.Quote(item.Weakness)} mô tả một việc cần làm, chưa nêu điểm yếu.",
                    "Ghi điểm yếu (điều còn hạn chế, chưa đạt), còn việc cần làm đưa sang cột công việc/biện pháp.");

            var actions = VietnameseText.Fold(string.Join(" ", item.TargetResult, item.Tasks, item.Measures));
            var named = NamedBodies.In(weakness);
            var acted = NamedBodies.In(actions);
            var missing = named.Where(b => !VietnameseText.ContainsPhrase(actions, b)).ToList();
            if (missing.Count > 0 && acted.Count > 0 && acted.All(b => !named.Contains(b)))
                yield return new Finding(Names[1], Severities.Warning, where,
                    $"Tiêu chí {item.Criterion}: điểm yếu nói về {Describe(item.Weakness!, missing)} nhưng công việc/biện pháp lại nói về {Describe(string.Join(" ", item.Tasks, item.Measures, item.TargetResult), acted)}.",
                    "Ghi công việc/biện pháp khắc phục đúng điểm yếu đã nêu.");
        }
    }

    private static string Describe(string original, IEnumerable<string> folded) =>
        string.Join(", ", folded.Select(key => "\"" + NamedBodies.Display(original, key) + "\""));

    [GeneratedRegex(@"^\W*(?:dong vien|khuyen khich|tang cuong|to chuc|xay dung|thuc hien|day manh|nang cao|phoi hop|tiep tuc|bo sung|trien khai|huong dan|duy tri|phat huy|ren luyen|boi duong)\b")]
    private static partial Regex ActionStart();

    [GeneratedRegex(@"\b(?:chua|con|thieu|khong|han che|yeu|it|vuot|cham|kho khan|bat cap|sai|loi|xuong cap|hu hong)\b")]
    private static partial Regex Shortcoming();
}
