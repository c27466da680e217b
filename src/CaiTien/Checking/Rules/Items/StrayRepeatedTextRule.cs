using CaiTien.Checking.Text;
using CaiTien.Documents.Interchange;

namespace CaiTien.Checking.Rules.Items;

/// <summary>A cell that ends with a verbatim copy of another cell of the same row (the criterion title, support or
/// lead), like "…trong tổ chức các hoạt động Ban đại diện cha mẹ học sinh": probably a stray fragment.</summary>
public sealed class StrayRepeatedTextRule : ICheckRule
{
    public const int MinimumWords = 3;

    public IReadOnlyList<string> Names { get; } = ["stray-repeated-text"];

    public IEnumerable<Finding> Run(CheckContext context)
    {
        for (var i = 0; i < context.Items.Count; i++)
        {
            var item = context.Items[i];
            var others = new[] { item.CriterionTitleAsWritten, item.Support, item.Lead }
                .Select(VietnameseText.Fold).Where(t => VietnameseText.Words(t).Length >= MinimumWords).Distinct().ToList();
            foreach (var (field, value) in new[] { ("targetResult", item.TargetResult), ("tasks", item.Tasks), ("measures", item.Measures) })
            {
                var folded = VietnameseText.Fold(value);
                var stray = others.FirstOrDefault(o => folded.Length > o.Length && folded.EndsWith(" " + o, StringComparison.Ordinal));
                if (stray is null) continue;
                yield return new Finding(Names[0], Severities.Info, FindingLocation.ItemField(i, item.Criterion, field),
                    $"Tiêu chí {item.Criterion}: ô {PlanFieldNames.Label(field)} kết thúc bằng cụm từ lặp lại nội dung ô khác của dòng (“{Tail(value!, stray)}”).",
                    "Kiểm tra lại: có thể là phần chữ thừa, chép nhầm từ ô bên cạnh.");
            }
        }
    }

    private static string Tail(string text, string foldedTail)
    {
        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var n = foldedTail.Split(' ').Length;
        return string.Join(" ", words[Math.Max(0, words.Length - n)..]);
    }
}
