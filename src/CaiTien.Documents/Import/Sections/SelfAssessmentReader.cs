using System.Text.RegularExpressions;
using CaiTien.Documents.Interchange;
using CaiTien.Documents.Phrases;

namespace CaiTien.Documents.Import.Sections;

/// <summary>Reads what the plan states about its self-assessment: the year, counts per level ("Số lượng đạt:
/// 20/27" under a "Mức 2" line, or "20/27 tiêu chí đạt Mức 2"), the school's level, and the weak-criteria list.</summary>
internal static partial class SelfAssessmentReader
{
    public static (SelfAssessmentSummary? Summary, Dictionary<string, string> WeakTitles) Read(IReadOnlyList<string> paragraphs, string? planYear)
    {
        var counts = new Dictionary<string, LevelCount>();
        var countSentences = new List<string>();
        string? countsYear = null;
        int? pendingLevel = null;
        string? lastIntro = null;
        foreach (var p in paragraphs)
        {
            var folded = VietnameseText.Fold(p);
            foreach (var pattern in new[] { InlineCountPattern(), LevelFirstCountPattern(), MetAtLevelCountPattern(), LevelMetNotMetPattern() })
                foreach (Match m in pattern.Matches(folded))
                    counts.TryAdd(m.Groups["l"].Value, new LevelCount
                    {
                        Met = int.Parse(m.Groups["met"].Value),
                        NotMet = m.Groups["not"].Success ? int.Parse(m.Groups["not"].Value) : null,
                        Total = int.Parse(m.Groups["total"].Value),
                    });
            var levelLine = LevelLinePattern().Match(folded);
            if (levelLine.Success && !MetPattern().IsMatch(folded)) { pendingLevel = int.Parse(levelLine.Groups["l"].Value); continue; }
            var met = MetPattern().Match(folded);
            if (pendingLevel is { } level && met.Success)
            {
                var notMet = NotMetPattern().Match(folded);
                counts[level.ToString()] = new LevelCount
                {
                    Met = int.Parse(met.Groups["n"].Value),
                    NotMet = notMet.Success ? int.Parse(notMet.Groups["n"].Value) : null,
                    Total = int.Parse(met.Groups["t"].Value),
                    MetPercentText = PercentAfter(folded, met.Index + met.Length, notMet.Success ? notMet.Index : folded.Length),
                    NotMetPercentText = notMet.Success ? PercentAfter(folded, notMet.Index + notMet.Length, folded.Length) : null,
                };
                countSentences.Add(VietnameseText.CollapseSpaces(p));
                countsYear ??= lastIntro is not null ? YearOf(lastIntro, planYear) : null;
                pendingLevel = null;
                continue;
            }
            if (folded.Contains("ket qua", StringComparison.Ordinal)) lastIntro = folded;
        }

        var (weak, titles) = WeakCriteria(paragraphs);
        var foldedParagraphs = paragraphs.Select(VietnameseText.Fold).ToList();
        var year = countsYear ?? foldedParagraphs
            .Where(f => f.Contains("tu danh gia", StringComparison.Ordinal) || f.Contains("tdg", StringComparison.Ordinal) || f.Contains("ket qua dat duoc", StringComparison.Ordinal))
            .Select(f => YearOf(f, planYear)).FirstOrDefault(y => y is not null)
            ?? foldedParagraphs.Select(p => ReportPeriodPattern().Match(p) is { Success: true } m ? m : PeriodPattern().Match(p)).Where(m => m.Success)
                .Select(m => $"{m.Groups["a"].Value}-{m.Groups["b"].Value}").FirstOrDefault();
        var schoolLevel = foldedParagraphs.Select(p => SchoolLevelPattern().Match(p))
            .Where(m => m.Success).Select(m => (int?)int.Parse(m.Groups["l"].Value)).FirstOrDefault();

        if (year is null && schoolLevel is null && counts.Count == 0 && weak.Count == 0) return (null, titles);
        return (new SelfAssessmentSummary
        {
            Year = year,
            CriteriaAtLevel = counts.Count > 0 ? counts : null,
            SchoolLevel = schoolLevel,
            WeakCriteria = weak.Count > 0 ? weak : null,
            TextAsWritten = countSentences.Count > 0 ? countSentences : null,
        }, titles);
    }

    private static string? YearOf(string folded, string? planYear)
    {
        foreach (Match m in SchoolYearPattern().Matches(folded))
        {
            var year = $"{m.Groups["a"].Value}-{m.Groups["b"].Value}";
            if (year != planYear && int.Parse(m.Groups["b"].Value) == int.Parse(m.Groups["a"].Value) + 1) return year;
        }
        return null;
    }

    /// <summary>"Tỷ lệ: 74,07%" between two positions → "74,07%".</summary>
    private static string? PercentAfter(string folded, int from, int to)
    {
        var m = PercentPattern().Match(folded[from..Math.Max(from, to)]);
        return m.Success ? m.Groups[1].Value.Replace(" ", "") + "%" : null;
    }

    [GeneratedRegex(@"(\d{1,3}(?:[,.]\d{1,2})?)\s*%")]
    private static partial Regex PercentPattern();

    /// <summary>The first list of "Tiêu chí x.y …" lines right after a sentence naming weak points.</summary>
    private static (List<string> Codes, Dictionary<string, string> Titles) WeakCriteria(IReadOnlyList<string> paragraphs)
    {
        var codes = new List<string>();
        var titles = new Dictionary<string, string>();
        for (var i = 0; i < paragraphs.Count && codes.Count == 0; i++)
        {
            var intro = WeakIntroPattern().Match(VietnameseText.Fold(paragraphs[i]));
            if (!intro.Success) continue;
            var inline = CodeList().Matches(VietnameseText.Fold(paragraphs[i])[intro.Index..]).Select(m => $"{m.Groups[1].Value}.{int.Parse(m.Groups[2].Value)}").Distinct().ToList();
            // "Các tiêu chí cần cải tiến: 1.2." names one criterion; elsewhere one code may be a mere mention.
            var onlyCodes = CodeList().Replace(VietnameseText.Fold(paragraphs[i])[(intro.Index + intro.Length)..], "").Trim(' ', ':', ',', ';', '.', '-').Length == 0;
            if (inline.Count >= 2 || (inline.Count == 1 && onlyCodes))
            {
                codes.AddRange(inline);
                break;
            }
            for (var j = i + 1; j < paragraphs.Count; j++)
            {
                var line = ListItems.StripMarker(paragraphs[j]);
                if (!CriterionText.StartsWithCriterionWord(line) || CriterionText.Read(line) is not { } c || c.Title is null || !c.Title.Any(char.IsLower))
                    break;
                codes.Add(c.Code);
                titles.TryAdd(c.Code, c.Title);
            }
        }
        return (codes, titles);
    }

    [GeneratedRegex(@"(?<met>\d{1,3})\s*/\s*(?<total>\d{1,3})\s*tieu chi\s*(?:\([^)]*\)\s*)?dat\s*muc\s*(?<l>[1-4])")]
    private static partial Regex InlineCountPattern();

    [GeneratedRegex(@"\bmuc\s*(?<l>[1-4])\s*[:,-]\s*(?:co\s*)?(?<met>\d{1,3})\s*/\s*(?<total>\d{1,3})\s*tieu chi\s*dat")]
    private static partial Regex LevelFirstCountPattern();

    [GeneratedRegex(@"tieu chi dat muc\s*(?<l>[1-4])\s*:\s*(?<met>\d{1,3})\s*/\s*(?<total>\d{1,3})")]
    private static partial Regex MetAtLevelCountPattern();

    /// <summary>"Mức 2: đạt 20/27 tiêu chí; không đạt: 7/27." (the counts line CaiTien's letter prints).</summary>
    [GeneratedRegex(@"^muc\s*(?<l>[1-4])\s*:\s*dat\s*(?<met>\d{1,3})\s*/\s*(?<total>\d{1,3})\s*tieu chi(?:\s*[;,]\s*khong dat\s*:?\s*(?<not>\d{1,3})\s*/\s*\d{1,3})?")]
    private static partial Regex LevelMetNotMetPattern();

    /// <summary>"Kết quả tự đánh giá năm 2017-2022": a period of several years.</summary>
    [GeneratedRegex(@"tu danh gia (?:nam|giai doan|nien khoa)(?: hoc)?\s*(?<a>(?:19|20)\d{2})\s*-\s*(?<b>(?:19|20)\d{2})")]
    private static partial Regex PeriodPattern();

    [GeneratedRegex(@"(?:dat|khong dat)[^:]*muc\s*(?<l>[1-4])\s*:?\s*$")]
    private static partial Regex LevelLinePattern();

    [GeneratedRegex(@"(?<!khong )dat\s*:\s*(?<n>\d{1,3})\s*/\s*(?<t>\d{1,3})")]
    private static partial Regex MetPattern();

    [GeneratedRegex(@"khong dat\s*:\s*(?<n>\d{1,3})\s*/\s*\d{1,3}")]
    private static partial Regex NotMetPattern();

    [GeneratedRegex(@"(?<a>(?:19|20)\d{2})\s*-\s*(?<b>(?:19|20)\d{2})")]
    private static partial Regex SchoolYearPattern();

    [GeneratedRegex(@"tu danh gia[^.;]*?tu nam (?<a>(?:19|20)\d{2}) den (?:nam )?(?<b>(?:19|20)\d{2})")]
    private static partial Regex ReportPeriodPattern();

    [GeneratedRegex(@"muc danh gia[^:]*:\s*muc\s*(?<l>[0-4])\b|(?:kiem dinh chat luong(?: giao duc)?|kdcl(?:gd)?)\s*(?:dat\s*)?cap do\s*(?<l>[0-4])\b|tu danh gia dat muc\s*(?<l>[0-4])\b")]
    private static partial Regex SchoolLevelPattern();

    [GeneratedRegex(@"(?<![\d.,/])([1-5])\.(\d{1,2})(?![\d/]|\.\d)")]
    private static partial Regex CodeList();

    [GeneratedRegex(@"con yeu|ton tai|diem yeu|chua vung|chua dat|can cai tien")]
    private static partial Regex WeakIntroPattern();
}
