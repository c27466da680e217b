using System.Text.RegularExpressions;
using CaiTien.Checking.Text;
using CaiTien.Documents.Interchange;

namespace CaiTien.Checking.Rules.SelfAssessment;

/// <summary>Weak points the purposes (or the self-assessment text) name in words — a criterion by its title
/// ("thư viện", "thiết bị") or a council ("Hội đồng thi đua") in a sentence about weaknesses — that no row of the
/// table takes up.</summary>
public sealed partial class WeakPointsInTextRule : ICheckRule
{
    public IReadOnlyList<string> Names { get; } = ["weak-point-without-row"];

    public IEnumerable<Finding> Run(CheckContext context)
    {
        if (context.Framework is not { } framework || context.Items.Count == 0) yield break;
        var rows = context.Items.Select(i => i.Criterion).ToHashSet();
        var titles = TitleKeys.GetValue(framework, KeysOf);
        foreach (var (location, sentence) in WeakSentences(context.Plan))
        {
            var folded = VietnameseText.Fold(sentence);
            foreach (var hit in titles.Where(t => !rows.Contains(t.Code) && VietnameseText.ContainsPhrase(folded, t.Key)).DistinctBy(t => t.Code))
                yield return new Finding(Names[0], Severities.Warning, location,
                    $"Điểm yếu \"{Phrase(sentence, hit.Key)}\" được nêu nhưng bảng kế hoạch không có dòng cho tiêu chí {hit.Code} (“{hit.Title}”).",
                    $"Thêm dòng cải tiến cho tiêu chí {hit.Code}.");
            var bodies = NamedBodies.In(folded);
            if (bodies.Count == 0) continue;
            foreach (var body in bodies.Where(b => !AnyRowMentions(context, b)))
                yield return new Finding(Names[0], Severities.Warning, location,
                    $"Điểm yếu về \"{NamedBodies.Display(sentence, body)}\" được nêu nhưng không dòng nào của bảng kế hoạch nói đến.",
                    "Thêm dòng cải tiến cho nội dung này (thường thuộc tiêu chí 1.2 về các hội đồng trong nhà trường).");
        }
    }

    private static bool AnyRowMentions(CheckContext context, string foldedPhrase) =>
        Enumerable.Range(0, context.Items.Count).Any(i => VietnameseText.ContainsPhrase(context.FoldedRow(i), foldedPhrase));

    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<Catalogs.Framework, List<(string Code, string Title, string Key)>> TitleKeys = new();

    /// <summary>Criterion titles and variants of two words or more, folded, as phrases to look for.</summary>
    private static List<(string Code, string Title, string Key)> KeysOf(Catalogs.Framework framework) =>
        framework.Criteria
            .SelectMany(c => new[] { c.Title }.Concat(c.TitleVariants).Select(t => (c.Code, c.Title, Key: VietnameseText.Fold(VietnameseText.WithoutParentheses(t)))))
            .Where(t => t.Key.Contains(' ') && !t.Key.StartsWith("doi voi ", StringComparison.Ordinal))
            .ToList();

    private static IEnumerable<(FindingLocation, string)> WeakSentences(PlanDocument plan)
    {
        for (var i = 0; i < plan.Purposes?.Count; i++)
            foreach (var s in Sentences(plan.Purposes[i]))
                yield return (new FindingLocation(Sections.Purposes, i, null, null), s);
        for (var i = 0; i < plan.SelfAssessment?.TextAsWritten?.Count; i++)
            foreach (var s in Sentences(plan.SelfAssessment.TextAsWritten[i]))
                yield return (new FindingLocation(Sections.SelfAssessment, i, null, "textAsWritten"), s);
    }

    private static IEnumerable<string> Sentences(string? text) =>
        SentenceEnd().Split(text ?? "").Where(s => WeakMarker().IsMatch(VietnameseText.Fold(s)));

    /// <summary>The words of the original sentence that fold to the key, for the message.</summary>
    private static string Phrase(string sentence, string key)
    {
        var words = sentence.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var n = key.Split(' ').Length;
        for (var i = 0; i + n <= words.Length; i++)
        {
            var candidate = string.Join(" ", words[i..(i + n)]);
            if (VietnameseText.Fold(candidate) != key) continue;
            return string.Join(" ", words[i..(i + n)]).Trim(',', '.', ';', ':', '–', '-');
        }
        return key;
    }

    [GeneratedRegex(@"(?<=[.;!?])\s+")]
    private static partial Regex SentenceEnd();

    [GeneratedRegex(@"\b(?:diem yeu|han che|ton tai|con yeu|chua dong deu|chua tot|chua dat|yeu kem)\b")]
    private static partial Regex WeakMarker();
}
