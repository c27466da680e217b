using System.Text.RegularExpressions;
using CaiTien.Documents.Phrases;

namespace CaiTien.Documents.Import.Sections;

/// <summary>The header block's fields; <see cref="BodyLines"/> are all the lines above the school's name.</summary>
internal sealed record HeaderBlock(string? GoverningBody, string? School, string? DocumentNumber, string? Place, DateOnly? IssuedOn, IReadOnlyList<string> BodyLines);

/// <summary>Reads the header block: governing body, school, "Số: …" on the left; the national motto and
/// "Place, ngày … tháng … năm …" on the right; from a two-column table or from plain lines.</summary>
internal sealed partial class HeaderBlockReader(NameCasing casing)
{
    public HeaderBlock Read(IReadOnlyList<string> lines)
    {
        string? governing = null, school = null, number = null, place = null;
        DateOnly? issued = null;
        var before = new List<string>();
        string? schoolLine = null;
        var schoolWrapsOn = false;
        foreach (var raw in lines)
        {
            var line = VietnameseText.CollapseSpaces(raw);
            if (line.Length == 0 || DecorationPattern().IsMatch(line)) continue;
            var folded = VietnameseText.Fold(line);
            var num = NumberPattern().Match(line);
            if (num.Success && number is null) { number = num.Groups["n"].Value.Trim(); continue; }
            var date = DatePattern().Match(line);
            if (date.Success && issued is null)
            {
                place = date.Groups["place"].Value.Trim();
                if (place.Trim('…', '.', ' ').Length == 0) place = null;
                if (int.TryParse(date.Groups["y"].Value, out var y) && int.TryParse(date.Groups["m"].Value, out var m) && int.TryParse(date.Groups["d"].Value, out var d)
                    && y is >= 1900 and <= 2200 && m is >= 1 and <= 12 && d >= 1 && d <= DateTime.DaysInMonth(y, m))
                    issued = new DateOnly(y, m, d);
                continue;
            }
            if (folded.StartsWith("cong hoa", StringComparison.Ordinal) || folded.StartsWith("doc lap", StringComparison.Ordinal)) continue;
            if (schoolWrapsOn && NameCasing.IsAllCaps(line))
            {
                // "TRƯỜNG TIỂU HỌC" / "NGUYỄN VĂN TRỖI": the name wraps onto the next line.
                school = casing.School(schoolLine + " " + line);
                schoolWrapsOn = false;
                continue;
            }
            schoolWrapsOn = false;
            if (school is null && folded.StartsWith("truong", StringComparison.Ordinal))
            {
                schoolLine = line;
                schoolWrapsOn = casing.IsLevelOnly(line);
                school = casing.School(line);
                if (NearestBody(before) is { Length: > 0 } body) governing = casing.GoverningBody(body);
                continue;
            }
            if (school is null && (NameCasing.IsAllCaps(line) || OrganisationStart().IsMatch(folded)) && !folded.StartsWith("ke hoach", StringComparison.Ordinal)) before.Add(line);
        }
        return new HeaderBlock(governing, school, number, place, issued, school is null ? [] : before);
    }

    /// <summary>The body right above the school: lines are joined, but a line starting with an organisation word
    /// (UBND, PHÒNG, SỞ…) starts a new body ("UBND HUYỆN X" / "PHÒNG GD&ĐT" → the Phòng).</summary>
    private static string? NearestBody(List<string> lines)
    {
        var bodies = new List<List<string>>();
        foreach (var line in lines)
        {
            if (bodies.Count == 0 || OrganisationStart().IsMatch(VietnameseText.Fold(line))) bodies.Add([]);
            bodies[^1].Add(line);
        }
        return bodies.Count == 0 ? null : VietnameseText.JoinLines(bodies[^1]);
    }

    [GeneratedRegex(@"^(ubnd|uy ban|phong|so|bo|hdnd|ban|trung tam|dai hoc)\b")]
    private static partial Regex OrganisationStart();

    [GeneratedRegex(@"^Số\s*(?:và ký hiệu)?\s*[:.]\s*(?<n>\S.*)$", RegexOptions.IgnoreCase)]
    private static partial Regex NumberPattern();

    [GeneratedRegex(@"^(?<place>[^,]{2,60}),\s*(?:ngày\s+)+(?<d>\d{1,2})\s*(?:tháng\s*|/)(?<m>\d{1,2})\s*(?:năm\s*|/)(?<y>\d{4})", RegexOptions.IgnoreCase)]
    private static partial Regex DatePattern();

    [GeneratedRegex(@"^[-_=*.~\s]+$")]
    private static partial Regex DecorationPattern();
}
