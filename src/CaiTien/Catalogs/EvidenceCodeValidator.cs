using System.Collections.Concurrent;
using System.Text.RegularExpressions;

namespace CaiTien.Catalogs;

/// <summary>The outcome of checking one evidence code; <see cref="CriterionCode"/> is the criterion the code
/// points at ("1.1" in both [H1-1.1-01] and MC.1.1.01) when it could be read.</summary>
public sealed record EvidenceCodeCheck(bool IsValid, string? Message, string? CriterionCode)
{
    public static EvidenceCodeCheck Invalid(string message, string? criterionCode = null) => new(false, message, criterionCode);
}

/// <summary>Checks evidence codes (mã minh chứng) against the convention a framework declares in
/// <c>engine.evidenceCode</c>, and finds duplicates. Messages are for the user, in Vietnamese.</summary>
public static partial class EvidenceCodeValidator
{
    private static readonly ConcurrentDictionary<string, Regex> Patterns = new();

    public static EvidenceCodeCheck Check(Framework framework, string? code) =>
        Check(framework, code, FrameworkRegistry.Default.All);

    /// <param name="knownFrameworks">Used only to explain a code written in another framework's convention.</param>
    public static EvidenceCodeCheck Check(Framework framework, string? code, IEnumerable<Framework> knownFrameworks)
    {
        var trimmed = code?.Trim() ?? "";
        if (trimmed.Length == 0) return EvidenceCodeCheck.Invalid("Mã minh chứng đang để trống.");
        var criterionCode = ReadCriterionCode(trimmed);
        var pattern = framework.Engine.EvidenceCodePattern;
        if (pattern is not null && !PatternOf(pattern).IsMatch(trimmed))
        {
            var example = framework.Engine.EvidenceCodeExample is { } e ? $" (ví dụ {e})" : "";
            var other = knownFrameworks.FirstOrDefault(f => f.Engine.EvidenceCodePattern is { } p && p != pattern && PatternOf(p).IsMatch(trimmed));
            var hint = other is null ? "" : $" Mã này viết theo quy ước của Thông tư {other.Circular}.";
            return EvidenceCodeCheck.Invalid(
                $"Mã minh chứng “{trimmed}” không đúng quy ước của Thông tư {framework.Circular}{example}.{hint}", criterionCode);
        }
        if (criterionCode is not null && framework.FindCriterion(criterionCode) is null)
            return EvidenceCodeCheck.Invalid(
                $"Mã minh chứng “{trimmed}” gắn với tiêu chí {criterionCode}, tiêu chí này không có trong Thông tư {framework.Circular}.", criterionCode);
        return new EvidenceCodeCheck(true, null, criterionCode);
    }

    /// <summary>Checks a code about to be added to a list that already holds <paramref name="existing"/>.</summary>
    public static EvidenceCodeCheck CheckNew(Framework framework, string? code, IEnumerable<string> existing)
    {
        var check = Check(framework, code);
        if (!check.IsValid) return check;
        var key = Normalize(code!);
        return existing.Any(e => Normalize(e) == key)
            ? EvidenceCodeCheck.Invalid($"Mã minh chứng “{code!.Trim()}” đã được dùng cho một minh chứng khác.", check.CriterionCode)
            : check;
    }

    /// <summary>Codes that occur more than once (ignoring surrounding spaces and letter case), each listed once.</summary>
    public static IReadOnlyList<string> FindDuplicates(IEnumerable<string> codes) =>
        codes.Select(c => c.Trim()).GroupBy(Normalize).Where(g => g.Count() > 1).Select(g => g.First()).ToList();

    /// <summary>The first "x.y" in the code that is not part of a longer dotted number's tail: "1.1" in
    /// [H1-1.1-01] and in MC.1.1.01. Both conventions put the criterion before the serial number.</summary>
    public static string? ReadCriterionCode(string code)
    {
        var m = CriterionPart().Match(code);
        return m.Success ? m.Groups[1].Value : null;
    }

    private static string Normalize(string code) => code.Trim().ToUpperInvariant();

    private static Regex PatternOf(string pattern) => Patterns.GetOrAdd(pattern, p => new Regex(p, RegexOptions.CultureInvariant));

    [GeneratedRegex(@"(?<![0-9])([0-9]{1,2}\.[0-9]{1,2})(?![0-9])")]
    private static partial Regex CriterionPart();
}
