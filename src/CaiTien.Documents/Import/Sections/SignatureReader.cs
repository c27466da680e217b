using CaiTien.Documents.Interchange;
using CaiTien.Documents.Phrases;

namespace CaiTien.Documents.Import.Sections;

/// <summary>Reads "Nơi nhận" and the signature (title in capitals, then the name) from the closing block.</summary>
internal static class SignatureReader
{
    public static (List<string> Recipients, Signer? Signer) Read(IReadOnlyList<IReadOnlyList<string>> cells)
    {
        var recipients = new List<string>();
        Signer? signer = null;
        foreach (var lines in cells)
        {
            var clean = lines.Select(VietnameseText.CollapseSpaces).Where(l => l.Length > 0).ToList();
            if (clean.Count == 0) continue;
            if (VietnameseText.Fold(clean[0]).StartsWith("noi nhan", StringComparison.Ordinal))
            {
                var first = clean[0][(clean[0].IndexOf(':') + 1)..].Trim();
                var entries = (clean[0].Contains(':') && first.Length > 0 ? [first] : new List<string>()).Concat(clean.Skip(1));
                recipients.AddRange(entries.Select(Recipient).Where(r => r.Length > 0));
            }
            else
                signer ??= Signer(clean);
        }
        return (recipients, signer);
    }

    /// <summary>The closing block written as paragraphs: "Nơi nhận:" with its marked lines, and a signer title in
    /// capitals (HIỆU TRƯỞNG, KT. HIỆU TRƯỞNG…) followed by the name.</summary>
    public static (List<string> Recipients, Signer? Signer) ReadParagraphs(IReadOnlyList<string> paragraphs)
    {
        var cells = new List<IReadOnlyList<string>>();
        var start = paragraphs.ToList().FindIndex(p => VietnameseText.Fold(p).StartsWith("noi nhan", StringComparison.Ordinal));
        if (start >= 0)
            cells.Add(paragraphs.Skip(start).TakeWhile((p, i) => i == 0 || ListItems.SymbolMarker(p) is not null).ToList());
        var title = paragraphs.ToList().FindLastIndex(p => p.Length <= 60 && IsCapitals(p) && SignerTitle(p));
        if (title >= 0)
            cells.Add(paragraphs.Skip(title).Where(p => p.Length > 0).TakeWhile((p, i) => i == 0 || IsCapitals(p) || (p.Length <= 50 && !VietnameseText.Fold(p).StartsWith("noi nhan", StringComparison.Ordinal))).Take(4).ToList());
        return Read(cells);
    }

    private static bool SignerTitle(string line)
    {
        var folded = VietnameseText.Fold(line);
        return folded.Contains("truong", StringComparison.Ordinal) || folded.Contains("giam doc", StringComparison.Ordinal)
            || folded.Contains("chu tich", StringComparison.Ordinal) || folded.StartsWith("kt.", StringComparison.Ordinal) || folded.StartsWith("tm.", StringComparison.Ordinal);
    }

    private static string Recipient(string line) => ListItems.StripMarker(line).TrimEnd(';', '.', ',').Trim();

    private static Signer? Signer(List<string> lines)
    {
        var titleLines = lines.TakeWhile(IsCapitals).ToList();
        // A table after the plan whose first cell is in capitals ("TT", "STT") is no signature.
        if (titleLines.Count == 0 || !SignerTitle(VietnameseText.JoinLines(titleLines))) return null;
        var name = lines.Skip(titleLines.Count).LastOrDefault(l => !l.StartsWith('(') && !IsCapitals(l));
        return new Signer { Title = VietnameseText.JoinLines(titleLines), Name = name };
    }

    private static bool IsCapitals(string line) => line.Any(char.IsLetter) && line.Where(char.IsLetter).All(char.IsUpper);
}
