using System.Text.RegularExpressions;

namespace CaiTien.Checking.Text;

/// <summary>Councils named in a text ("Hội đồng thi đua", "Hội đồng khoa học", "Hội đồng trường"), as folded
/// phrases "hoi dong thi", "hoi dong khoa", … (the council word and the first word of its name).</summary>
public static partial class NamedBodies
{
    private static readonly HashSet<string> NotAName =
    [
        "chua", "con", "cua", "va", "de", "duoc", "da", "trong", "cac", "co", "khong", "la", "se", "dang", "nay", "do",
        "voi", "ve", "tai", "theo", "nham", "phan", "hoat", "nhung", "mot", "thanh", "hop", "gom", "khi", "ma", "cap",
    ];

    public static IReadOnlyCollection<string> In(string folded)
    {
        var set = new HashSet<string>();
        foreach (Match m in Council().Matches(folded))
            if (!NotAName.Contains(m.Groups[1].Value)) set.Add("hoi dong " + m.Groups[1].Value);
        return set;
    }

    [GeneratedRegex(@"\bhoi dong (\w+)")]
    private static partial Regex Council();
}
