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

    /// <summary>The council's name as written in <paramref name="original"/> ("Hội đồng thi đua"), for messages.</summary>
    public static string Display(string original, string key)
    {
        var words = original.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        for (var i = 0; i + 3 <= words.Length; i++)
        {
            if (VietnameseText.Fold(string.Join(" ", words[i..(i + 3)])) != key) continue;
            var end = i + 3;
            if (key != "hoi dong truong" && end < words.Length && !NotAName.Contains(VietnameseText.Fold(words[end]))
                && !words[end - 1].EndsWith(',') && char.IsLower(words[end][0]))
                end++;
            return string.Join(" ", words[i..end]).TrimEnd(',', '.', ';', ':');
        }
        return key;
    }

    [GeneratedRegex(@"\bhoi dong (\w+)")]
    private static partial Regex Council();
}
