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

    private static string Recipient(string line) => ListItems.StripMarker(line).TrimEnd(';', '.', ',').Trim();

    private static Signer? Signer(List<string> lines)
    {
        var titleLines = lines.TakeWhile(IsCapitals).ToList();
        if (titleLines.Count == 0) return null;
        var name = lines.Skip(titleLines.Count).LastOrDefault(l => !l.StartsWith('(') && !IsCapitals(l));
        return new Signer { Title = VietnameseText.JoinLines(titleLines), Name = name };
    }

    private static bool IsCapitals(string line) => line.Any(char.IsLetter) && line.Where(char.IsLetter).All(char.IsUpper);
}
