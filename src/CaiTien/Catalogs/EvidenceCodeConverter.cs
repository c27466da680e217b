using System.Text.RegularExpressions;

namespace CaiTien.Catalogs;

/// <summary>The outcome of converting one evidence code; <see cref="Message"/> explains a failure or a renumbering.</summary>
public sealed record EvidenceCodeConversion(string Original, string? Converted, string? Message)
{
    public bool Success => Converted is not null;
}

/// <summary>Converts 2018 evidence codes ([H1-1.1-01]) into the TT57 convention (MC.1.1.01) through a crosswalk:
/// the criterion part is replaced by the proposed TT57 criterion and the serial number is kept.</summary>
public static partial class EvidenceCodeConverter
{
    public static EvidenceCodeConversion To2026(string code, Crosswalk crosswalk, string fromFrameworkId)
    {
        var table = crosswalk.From(fromFrameworkId);
        return table is null
            ? new EvidenceCodeConversion(code, null, $"Chưa có bảng đối chiếu tiêu chí cho bộ tiêu chí {fromFrameworkId}.")
            : To2026(code, table, crosswalk.EvidenceCodeFormat);
    }

    public static EvidenceCodeConversion To2026(string code, CrosswalkTable table) =>
        To2026(code, table, Crosswalk.Default.EvidenceCodeFormat);

    public static EvidenceCodeConversion To2026(string code, CrosswalkTable table, EvidenceCodeFormat format)
    {
        var trimmed = code.Trim();
        var source = FrameworkRegistry.Default.Find(table.FromFrameworkId);
        if (source is not null && !EvidenceCodeValidator.Check(source, trimmed, []).IsValid)
        {
            var example = source.Engine.EvidenceCodeExample is { } e ? $" (dạng {e})" : "";
            return new EvidenceCodeConversion(code, null, $"Mã “{trimmed}” không theo quy ước của Thông tư {source.Circular}{example} nên không chuyển đổi được.");
        }
        if (!TryRead(trimmed, out var criterion, out var serialText))
            return new EvidenceCodeConversion(code, null, $"Không đọc được tiêu chí và số thứ tự trong mã minh chứng “{trimmed}”.");
        var target = table.Propose(criterion);
        if (target is null)
            return new EvidenceCodeConversion(code, null, $"Tiêu chí {criterion} của mã “{trimmed}” không có trong bảng đối chiếu.");
        var serial = int.Parse(serialText);
        if (serial < 1 || serial > format.MaxSerial)
            return new EvidenceCodeConversion(code, null,
                $"Số thứ tự {serialText} của mã “{trimmed}” không viết được bằng {format.SerialDigits} chữ số; cần đánh số lại.");
        return new EvidenceCodeConversion(code, format.Write(target, serial), null);
    }

    /// <summary>Converts a school's whole evidence list. Codes of different 2018 criteria (or boxes) can land on
    /// the same TT57 code; the later ones then get the next free serial of their TT57 criterion, with a message.
    /// The same 2018 code given twice converts to the same TT57 code.</summary>
    public static IReadOnlyList<EvidenceCodeConversion> To2026(IEnumerable<string> codes, CrosswalkTable table, EvidenceCodeFormat format)
    {
        var results = new List<EvidenceCodeConversion>();
        var ownerOf = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var usedSerials = new Dictionary<string, SortedSet<int>>(StringComparer.Ordinal);
        var collisions = new List<(int Index, string Target, string Taken)>();
        foreach (var code in codes)
        {
            var result = To2026(code, table, format);
            results.Add(result);
            if (!result.Success) continue;
            var original = code.Trim();
            TryRead(original, out var criterion, out var serialText);
            var target = table.Propose(criterion)!;
            if (ownerOf.TryAdd(result.Converted!, original))
                SerialsOf(usedSerials, target).Add(int.Parse(serialText));
            else if (!string.Equals(ownerOf[result.Converted!], original, StringComparison.OrdinalIgnoreCase))
                collisions.Add((results.Count - 1, target, result.Converted!));
        }

        // Renumber only after every direct conversion has reserved its serial, so no later code is displaced.
        foreach (var (index, target, taken) in collisions)
        {
            var original = results[index].Original.Trim();
            var used = SerialsOf(usedSerials, target);
            var next = used.Max + 1;
            if (next > format.MaxSerial)
            {
                results[index] = new EvidenceCodeConversion(results[index].Original, null,
                    $"Tiêu chí {target} đã dùng hết số thứ tự minh chứng; cần đánh số lại “{original}”.");
                continue;
            }
            used.Add(next);
            var renumbered = format.Write(target, next);
            ownerOf[renumbered] = original;
            results[index] = new EvidenceCodeConversion(results[index].Original, renumbered,
                $"Đánh số lại thành {renumbered} vì {taken} đã dùng cho {ownerOf[taken]}.");
        }
        return results;
    }

    private static SortedSet<int> SerialsOf(Dictionary<string, SortedSet<int>> usedSerials, string target)
    {
        if (!usedSerials.TryGetValue(target, out var set)) usedSerials[target] = set = [];
        return set;
    }

    /// <summary>The criterion ("1.1") and the serial (the last number, after the criterion) of a code.</summary>
    private static bool TryRead(string code, out string criterion, out string serial)
    {
        criterion = EvidenceCodeValidator.ReadCriterionCode(code) ?? "";
        var match = TrailingNumber().Match(code);
        serial = match.Success ? match.Groups[1].Value : "";
        return criterion.Length > 0 && match.Success && match.Index > code.IndexOf(criterion, StringComparison.Ordinal) + criterion.Length - 1;
    }

    [GeneratedRegex(@"([0-9]+)[^0-9]*$")]
    private static partial Regex TrailingNumber();
}
