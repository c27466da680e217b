using System.Globalization;
using System.Text;

namespace CaiTien.Documents.Export;

/// <summary>Reads a school's own column headings ("Công việc cần thực hiện", "Cá nhân/Tổ chức thực hiện"…)
/// into plan fields, keeping each heading as the school wrote it.</summary>
public static class ColumnHeadingMatcher
{
    /// <summary>Ordered rules on the heading without diacritics: the first rule whose words all occur wins, so
    /// the more specific rules come first.</summary>
    private static readonly (string[] Words, string[] Fields)[] Rules =
    [
        (["chu tri", "phoi hop"], ["lead", "coordinators"]),
        (["nguon kinh phi"], ["fundingSource"]),
        (["nguon luc"], ["budgetText", "fundingSource", "support"]),
        (["kinh phi", "nguon"], ["budgetText", "fundingSource"]),
        (["kinh phi"], ["budgetText"]),
        (["ho tro"], ["support"]),
        (["dieu kien"], ["support"]),
        (["bien phap"], ["measures"]),
        (["diem yeu"], ["weakness"]),
        (["han che"], ["weakness"]),
        (["ton tai"], ["weakness"]),
        (["noi dung cai tien"], ["criterion", "weakness"]),
        (["ket qua can dat"], ["targetResult"]),
        (["muc tieu"], ["targetResult"]),
        (["chi so"], ["resultIndicator"]),
        (["muc do thuc hien"], ["progress"]),
        (["muc can dat"], ["targetLevel"]),
        (["cong viec"], ["tasks"]),
        (["giai phap"], ["tasks"]),
        (["hoat dong"], ["tasks"]),
        (["noi dung"], ["tasks"]),
        (["phoi hop"], ["coordinators"]),
        (["chu tri"], ["lead"]),
        (["phu trach"], ["lead"]),
        (["nguoi thuc hien"], ["lead"]),
        (["to chuc thuc hien"], ["lead"]),
        (["don vi thuc hien"], ["lead"]),
        (["bat dau"], ["start"]),
        (["ket thuc"], ["end"]),
        (["hoan thanh"], ["end"]),
        (["thoi gian"], ["time"]),
        (["thoi diem"], ["time"]),
        (["thoi han"], ["time"]),
        (["san pham"], ["evidence"]),
        (["minh chung"], ["evidence"]),
        (["ghi chu"], ["notes"]),
        (["tieu chuan", "tieu chi"], ["criterion"]),
        (["tieu chuan"], ["standard"]),
        (["tieu chi"], ["criterion"]),
        (["stt"], ["index"]),
        (["tt"], ["index"]),
    ];

    public static ColumnSet FromHeadings(IReadOnlyList<string> headings, ICollection<string>? warnings = null)
    {
        var columns = new List<PlanColumn>();
        foreach (var raw in headings)
        {
            var heading = string.Join(' ', raw.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
            var fields = MatchFields(heading);
            if (fields is null)
            {
                warnings?.Add($"Không nhận ra cột \"{heading}\" của kế hoạch: cột được giữ nhưng để trống.");
                columns.Add(new PlanColumn([], heading, 1));
                continue;
            }
            var width = fields.Select(f => PlanFields.Find(f)?.Width ?? 1).Max();
            columns.Add(new PlanColumn(fields, heading, width));
        }
        return new ColumnSet("Bảng kế hoạch theo mẫu của trường", AttachOrphans(columns));
    }

    /// <summary>A field the school has no column for (measures, coordinators, funding source) is shown in the
    /// column of its main field, so no text of the plan is lost.</summary>
    private static List<PlanColumn> AttachOrphans(List<PlanColumn> columns)
    {
        (string Main, string Orphan)[] pairs = [("tasks", "measures"), ("measures", "tasks"), ("lead", "coordinators"), ("budgetText", "fundingSource")];
        foreach (var (main, orphan) in pairs)
        {
            if (columns.Any(c => c.Fields.Contains(orphan))) continue;
            var index = columns.FindIndex(c => c.Fields.Contains(main));
            if (index >= 0) columns[index] = columns[index] with { Fields = [.. columns[index].Fields, orphan] };
        }
        return columns;
    }

    public static string[]? MatchFields(string heading)
    {
        var folded = Fold(heading);
        foreach (var (words, fields) in Rules)
            if (words.All(w => ContainsWord(folded, w))) return fields;
        return null;
    }

    private static bool ContainsWord(string text, string phrase)
    {
        var at = 0;
        while ((at = text.IndexOf(phrase, at, StringComparison.Ordinal)) >= 0)
        {
            var before = at == 0 || !char.IsLetterOrDigit(text[at - 1]);
            var end = at + phrase.Length;
            var after = end == text.Length || !char.IsLetterOrDigit(text[end]);
            if (before && after) return true;
            at = end;
        }
        return false;
    }

    /// <summary>Lower case without diacritics; "tiểu chuẩn" (a common typo) folds to "tieu chuan" too.</summary>
    private static string Fold(string text)
    {
        var decomposed = text.ToLowerInvariant().Replace('đ', 'd').Normalize(NormalizationForm.FormD);
        var sb = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark) sb.Append(c);
        return sb.ToString();
    }
}
