using System.Text.RegularExpressions;
using CaiTien.Checking.Text;

namespace CaiTien.Checking.Rules.Items;

/// <summary>Budget and funding source must go together: an amount without a source (warning where the layout has a
/// source column, info otherwise), a source without an amount, a cell that says both "Không" and an expense
/// ("Không Chi khác"), and a budget cell that names a source but no amount (info).</summary>
public sealed partial class BudgetRule : ICheckRule
{
    public IReadOnlyList<string> Names { get; } = ["budget-without-source", "source-without-budget", "budget-contradiction", "budget-without-amount"];

    public IEnumerable<Finding> Run(CheckContext context)
    {
        var sourceColumn = context.ColumnInUse(i => i.FundingSource);
        for (var i = 0; i < context.Items.Count; i++)
        {
            var item = context.Items[i];
            var hasAmount = item.BudgetVnd is > 0 || Amount().IsMatch(item.BudgetText ?? "");
            var budgetNone = CheckContext.IsBlank(item.BudgetText) || CheckContext.SaysNone(item.BudgetText);
            var sourceNone = CheckContext.IsBlank(item.FundingSource) || CheckContext.SaysNone(item.FundingSource);
            var contradiction = false;
            foreach (var (field, value) in new[] { ("budgetText", item.BudgetText), ("fundingSource", item.FundingSource) })
            {
                if (!NoneAndSomething().IsMatch(value ?? "")) continue;
                contradiction = true;
                yield return new Finding(Names[2], Severities.Warning, FindingLocation.ItemField(i, item.Criterion, field),
                    $"Tiêu chí {item.Criterion}: ô {(field == "budgetText" ? "kinh phí" : "nguồn kinh phí")} ghi {VietnameseText.Quote(value)} — vừa \"Không\" vừa có khoản chi.",
                    "Ghi \"Không\" nếu không cần kinh phí, hoặc ghi số tiền và nguồn chi cụ thể.");
            }
            if (contradiction) continue;
            if (hasAmount && sourceNone)
                yield return new Finding(Names[0], sourceColumn ? Severities.Warning : Severities.Info, FindingLocation.ItemField(i, item.Criterion, "fundingSource"),
                    $"Tiêu chí {item.Criterion}: dự kiến kinh phí {item.BudgetText} nhưng chưa ghi nguồn kinh phí.",
                    "Ghi nguồn kinh phí (ngân sách, xã hội hóa, kinh phí chi thường xuyên…).");
            else if (!sourceNone && budgetNone)
                yield return new Finding(Names[1], Severities.Warning, FindingLocation.ItemField(i, item.Criterion, "budgetText"),
                    $"Tiêu chí {item.Criterion}: có nguồn kinh phí \"{item.FundingSource}\" nhưng chưa ghi dự kiến kinh phí.",
                    "Ghi số tiền dự kiến, hoặc ghi \"Không\" ở cả hai ô nếu không cần kinh phí.");
            else if (!budgetNone && !hasAmount)
                yield return new Finding(Names[3], Severities.Info, FindingLocation.ItemField(i, item.Criterion, "budgetText"),
                    $"Tiêu chí {item.Criterion}: ô kinh phí ghi {VietnameseText.Quote(item.BudgetText)} nhưng chưa có số tiền dự kiến.",
                    "Ghi số tiền dự kiến bên cạnh nguồn kinh phí.");
        }
    }

    [GeneratedRegex(@"\d[\d.,]*\s*(?:đ|đồng|vnđ|vnd|triệu|nghìn|ngàn|tr\b)|\d{1,3}(?:[.,]\d{3})+", RegexOptions.IgnoreCase)]
    private static partial Regex Amount();

    /// <summary>"Không" followed by a second capitalised value or an amount: two cells' worth of answers in one.</summary>
    [GeneratedRegex(@"^\s*[Kk]hông\s+(?:\p{Lu}|\d)")]
    private static partial Regex NoneAndSomething();
}
