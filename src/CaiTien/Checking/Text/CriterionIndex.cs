using System.Runtime.CompilerServices;
using CaiTien.Catalogs;

namespace CaiTien.Checking.Text;

/// <summary>Word pairs (syllable bigrams) of each criterion's title and requirements, weighted by how few criteria
/// use them, to tell which criterion a row's content is about.</summary>
public sealed class CriterionIndex
{
    private static readonly ConditionalWeakTable<Framework, CriterionIndex> Cache = new();
    private readonly Dictionary<string, HashSet<string>> _pairsByCode = new();
    private readonly Dictionary<string, double> _weight = new();

    private CriterionIndex(Framework framework)
    {
        foreach (var c in framework.Criteria)
        {
            var text = c.Title + " " + string.Join(" ", c.TitleVariants) + " " +
                       string.Join(" ", c.Levels.Values.SelectMany(r => r).Select(r => r.Text));
            _pairsByCode[c.Code] = Pairs(VietnameseText.Fold(text));
        }
        var n = _pairsByCode.Count;
        foreach (var pair in _pairsByCode.Values.SelectMany(p => p).Distinct())
        {
            var df = _pairsByCode.Values.Count(p => p.Contains(pair));
            _weight[pair] = Math.Log((double)n / df);
        }
    }

    public static CriterionIndex For(Framework framework) => Cache.GetValue(framework, f => new CriterionIndex(f));

    /// <summary>Scores of a folded text against every criterion, highest first.</summary>
    public IReadOnlyList<(string Code, double Score)> Rank(string foldedText)
    {
        var pairs = Pairs(foldedText);
        return _pairsByCode
            .Select(kv => (kv.Key, pairs.Where(kv.Value.Contains).Sum(p => _weight[p])))
            .OrderByDescending(x => x.Item2)
            .ToList();
    }

    public static HashSet<string> Pairs(string folded)
    {
        var words = VietnameseText.Words(folded);
        var set = new HashSet<string>();
        for (var i = 0; i + 1 < words.Length; i++) set.Add(words[i] + " " + words[i + 1]);
        return set;
    }
}
