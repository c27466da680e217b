using System.Text.RegularExpressions;
using CaiTien.Checking.Text;

namespace CaiTien.Checking.Rules.Items;

/// <summary>The expected result (kết quả cần đạt): missing where the layout has the column (warning), absent from
/// the whole layout (one info), or present but with nothing to measure it by (info).</summary>
public sealed partial class TargetRule : ICheckRule
{
    public IReadOnlyList<string> Names { get; } = ["no-target", "no-target-column", "target-not-measurable"];

    public IEnumerable<Finding> Run(CheckContext context)
    {
        if (context.Items.Count == 0) yield break;
        if (!context.ColumnInUse(i => i.TargetResult))
        {
            yield return new Finding(Names[1], Severities.Info, new FindingLocation(Sections.Items, null, null, "targetResult"),
                "Bảng kế hoạch không có cột Kết quả cần đạt, nên khó đánh giá mức độ hoàn thành.",
                "Thêm cột \"Kết quả cần đạt (so với hiện trạng)\" với kết quả đo được cho từng dòng.");
            yield break;
        }
        for (var i = 0; i < context.Items.Count; i++)
        {
            var item = context.Items[i];
            if (EmptyRow.IsEmpty(item)) continue;
            var where = FindingLocation.ItemField(i, item.Criterion, "targetResult");
            if (CheckContext.IsBlank(item.TargetResult))
                yield return new Finding(Names[0], Severities.Warning, where,
                    $"Tiêu chí {item.Criterion}: chưa ghi kết quả cần đạt.", "Ghi kết quả cần đạt, đo được (số lượng, tỷ lệ, mức).");
            else if (!Measurable().IsMatch(item.TargetResult!))
                yield return new Finding(Names[2], Severities.Info, where,
                    $"Tiêu chí {item.Criterion}: kết quả cần đạt {VietnameseText.Quote(item.TargetResult)} chưa có số liệu hay mức để đo.",
                    "Thêm chỉ số đo được, ví dụ số lượng, tỷ lệ % hoặc mức cần đạt.");
        }
    }

    /// <summary>A number, a level, "all", or a zero target ("không có học sinh bỏ học", "không còn…").</summary>
    [GeneratedRegex(@"\d|\bmức\b|\btất cả\b|\btoàn bộ\b|\bđầy đủ\b|\bđạt chuẩn\b|^\s*không (?:có|còn)\b|\bkhông (?:còn )?(?:có )?(?:học sinh|trẻ|giáo viên|trường hợp|vụ)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Measurable();
}

/// <summary>Product or evidence (sản phẩm / minh chứng) missing where the layout has the column. The official 2018
/// layout (CV 5932) has no evidence column, so a table without one is the school's legitimate choice: no finding.</summary>
public sealed class EvidenceRule : ICheckRule
{
    public IReadOnlyList<string> Names { get; } = ["no-evidence"];

    public IEnumerable<Finding> Run(CheckContext context)
    {
        if (!context.ColumnInUse(i => i.Evidence)) yield break;
        for (var i = 0; i < context.Items.Count; i++)
        {
            var item = context.Items[i];
            if (!CheckContext.IsBlank(item.Evidence) || EmptyRow.IsEmpty(item)) continue;
            yield return new Finding(Names[0], Severities.Warning, FindingLocation.ItemField(i, item.Criterion, "evidence"),
                $"Tiêu chí {item.Criterion}: chưa ghi sản phẩm/minh chứng.", "Ghi sản phẩm hoặc minh chứng sau khi thực hiện.");
        }
    }
}
