using System.Globalization;
using System.Text;
using CaiTien.Schools;

namespace CaiTien.Progress;

public enum RowRole
{
    None = 0,
    Lead = 1,
    Coordinator = 2,
}

/// <summary>Finds who a row's "Chủ trì"/"Phối hợp" text names among the school's staff. Plans name people by
/// position ("Phó Hiệu trưởng", "Tổng phụ trách Đội") far more often than by name, so a staff member is named
/// when their position or full name appears as whole words, ignoring case and diacritics. Positions are matched
/// longest first and a matched span is not reused, so "Phó Hiệu trưởng" does not also name the "Hiệu trưởng".
/// The first person named in the lead text leads; everyone else named there or in the coordinators text
/// coordinates.</summary>
public static class StaffMatching
{
    public static RowRole RoleOf(StaffMember member, IReadOnlyList<StaffMember> schoolStaff, string? lead, string? coordinators)
    {
        var inLead = Occurrences(lead, schoolStaff);
        if (inLead.TryGetValue(member.Id, out var position))
            return position == inLead.Values.Min() ? RowRole.Lead : RowRole.Coordinator;
        return Occurrences(coordinators, schoolStaff).ContainsKey(member.Id) ? RowRole.Coordinator : RowRole.None;
    }

    /// <summary>Staff member id → position (in the normalised text) of their first mention.</summary>
    public static IReadOnlyDictionary<int, int> Occurrences(string? text, IReadOnlyList<StaffMember> staff)
    {
        var found = new Dictionary<int, int>();
        if (string.IsNullOrWhiteSpace(text)) return found;
        var haystack = " " + Normalize(text) + " ";
        var claimed = new bool[haystack.Length];
        var needles = staff
            .SelectMany(s => new[] { (s.Id, Text: Normalize(s.FullName)), (s.Id, Text: Normalize(s.Position)) })
            .Where(n => n.Text.Length > 0)
            .OrderByDescending(n => n.Text.Length);
        foreach (var (id, needle) in needles)
        {
            var word = " " + needle + " ";
            for (var at = haystack.IndexOf(word, StringComparison.Ordinal); at >= 0; at = haystack.IndexOf(word, at + 1, StringComparison.Ordinal))
            {
                if (Enumerable.Range(at + 1, needle.Length).Any(i => claimed[i])) continue;
                for (var i = at + 1; i <= at + needle.Length; i++) claimed[i] = true;
                found[id] = Math.Min(found.GetValueOrDefault(id, int.MaxValue), at);
            }
        }
        return found;
    }

    /// <summary>Lower case, no diacritics (đ → d), every run of non-letters one space.</summary>
    public static string Normalize(string text)
    {
        var decomposed = text.Normalize(NormalizationForm.FormD);
        var sb = new StringBuilder(decomposed.Length);
        var space = false;
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark) continue;
            var ch = c is 'đ' or 'Đ' ? 'd' : char.ToLowerInvariant(c);
            if (char.IsLetterOrDigit(ch))
            {
                if (space && sb.Length > 0) sb.Append(' ');
                sb.Append(ch);
                space = false;
            }
            else space = true;
        }
        return sb.ToString();
    }
}
