using System.Text.RegularExpressions;
using CaiTien.Checking.Text;

namespace CaiTien.Checking.Rules.Document;

/// <summary>The document number (số và ký hiệu) of a plan has the form "56/KH-THĐP". A missing number is an info
/// (it may not have been imported); a malformed one a warning.</summary>
public sealed partial class DocumentNumberRule : ICheckRule
{
    public IReadOnlyList<string> Names { get; } = ["document-number-missing", "document-number-format"];

    public IEnumerable<Finding> Run(CheckContext context)
    {
        var number = context.Plan.DocumentNumber;
        if (CheckContext.IsBlank(number))
            yield return new Finding(Names[0], Severities.Info, FindingLocation.Header("documentNumber"),
                "Không thấy số và ký hiệu văn bản của kế hoạch.", "Ghi số và ký hiệu dạng \"Số: 56/KH-THĐP\".");
        else if (!Form().IsMatch(number!))
            yield return new Finding(Names[1], Severities.Warning, FindingLocation.Header("documentNumber"),
                $"Số và ký hiệu \"{number}\" không đúng dạng số/KH-tên viết tắt của trường.",
                "Ghi dạng \"56/KH-THĐP\": số, dấu \"/\", \"KH\" (kế hoạch), gạch nối, chữ viết tắt tên trường.");
    }

    [GeneratedRegex(@"^\s*\d+[a-zA-Z]?\s*/\s*KH\s*-\s*\p{Lu}[\p{L}\d.]*(?:\s*-\s*\p{Lu}[\p{L}\d.]*)*\s*$")]
    private static partial Regex Form();
}

/// <summary>The date line (địa danh, ngày … tháng … năm …): missing is an info; a date far from the school year is a
/// warning; a place name that is the governing body's locality with other tone marks ("Bính Thạnh" under "UBND quận
/// Bình Thạnh") is an info.</summary>
public sealed class DateLineRule : ICheckRule
{
    public IReadOnlyList<string> Names { get; } = ["date-line-missing", "plan-date-outside-year", "place-spelling"];

    public IEnumerable<Finding> Run(CheckContext context)
    {
        var plan = context.Plan;
        if (plan.IssuedOn is null)
            yield return new Finding(Names[0], Severities.Info, FindingLocation.Header("issuedOn"),
                plan.School?.Place is null ? "Không thấy dòng địa danh, ngày tháng năm ban hành kế hoạch." : "Không thấy ngày ban hành kế hoạch.",
                "Ghi dòng \"<Địa danh>, ngày … tháng … năm …\" dưới quốc hiệu.");
        else if (context.SchoolYear is { } year && (plan.IssuedOn < new DateOnly(year.FirstYear, 6, 1) || plan.IssuedOn > new DateOnly(year.SecondYear, 5, 31)))
            yield return new Finding(Names[1], Severities.Warning, FindingLocation.Header("issuedOn"),
                $"Ngày ban hành {plan.IssuedOn:dd/MM/yyyy} không thuộc năm học {year.Label}.",
                "Kiểm tra lại ngày ban hành hoặc năm học của kế hoạch.");

        var place = plan.School?.Place;
        var body = plan.School?.GoverningBody;
        if (CheckContext.IsBlank(place) || CheckContext.IsBlank(body)) yield break;
        var bodyWords = body!.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var placeWords = place!.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
        for (var i = 0; i + placeWords <= bodyWords.Length; i++)
        {
            var candidate = string.Join(" ", bodyWords[i..(i + placeWords)]);
            if (VietnameseText.Fold(candidate) == VietnameseText.Fold(place) && VietnameseText.Simplify(candidate) != VietnameseText.Simplify(place))
            {
                yield return new Finding(Names[2], Severities.Info, FindingLocation.Header("place"),
                    $"Địa danh \"{place}\" ở dòng ngày tháng viết khác \"{candidate}\" trong tên cơ quan chủ quản.",
                    $"Sửa thành \"{candidate}\".");
                yield break;
            }
        }
    }
}

/// <summary>Column headings (when imported) spelled like a standard column label with other tone marks ("Tiểu chuẩn"
/// for "Tiêu chuẩn"): an info, since it is only the heading's wording.</summary>
public sealed class ColumnHeadingsRule : ICheckRule
{
    private static readonly string[] Labels =
    [
        "Tiêu chuẩn", "Tiêu chí", "Điểm yếu", "Kết quả cần đạt", "Công việc", "Biện pháp", "Thời gian", "Thời điểm",
        "Chủ trì", "Phối hợp", "Dự kiến kinh phí", "Nguồn kinh phí", "Sản phẩm", "Minh chứng", "Ghi chú", "Điều kiện hỗ trợ",
    ];

    public IReadOnlyList<string> Names { get; } = ["column-heading-spelling"];

    public IEnumerable<Finding> Run(CheckContext context)
    {
        var headings = context.Plan.ColumnHeadings ?? [];
        for (var i = 0; i < headings.Count; i++)
        {
            var words = (headings[i] ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries);
            foreach (var label in Labels)
            {
                var n = label.Split(' ').Length;
                var key = VietnameseText.Fold(label);
                var hit = Enumerable.Range(0, Math.Max(0, words.Length - n + 1))
                    .Select(k => string.Join(" ", words[k..(k + n)]))
                    .FirstOrDefault(w => VietnameseText.Fold(w) == key && VietnameseText.Simplify(w) != VietnameseText.Simplify(label));
                if (hit is null) continue;
                yield return new Finding(Names[0], Severities.Info, new FindingLocation(Sections.Items, null, null, "columnHeadings"),
                    $"Tiêu đề cột \"{headings[i]}\" viết \"{hit}\".", $"Sửa thành \"{label}\".");
            }
        }
    }
}
