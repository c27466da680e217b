using CaiTien.Catalogs;
using CaiTien.Checking.Text;

namespace CaiTien.Checking.Rules.LegalBases;

/// <summary>The same document cited as the main document of two bases, or two bases with the same wording.</summary>
public sealed class DuplicateLegalBasisRule : ICheckRule
{
    public IReadOnlyList<string> Names { get; } = ["duplicate-legal-basis"];

    public IEnumerable<Finding> Run(CheckContext context)
    {
        var bases = context.Plan.LegalBases ?? [];
        var byNumber = new Dictionary<string, int>();
        var byText = new Dictionary<string, int>();
        for (var i = 0; i < bases.Count; i++)
        {
            var basis = bases[i];
            var number = basis.Reference ?? Citations.Find(basis.Text).FirstOrDefault()?.Number;
            var text = Wording(basis.Text);
            int first;
            if (number is not null && byNumber.TryGetValue(LegalDocumentCatalog.NumberKey(number), out first))
                yield return Duplicate(i, first, $"Văn bản {number} được trích dẫn hai lần (căn cứ {first + 1} và {i + 1}).");
            else if (text.Length > 0 && byText.TryGetValue(text, out first))
                yield return Duplicate(i, first, $"Căn cứ {i + 1} trùng nội dung với căn cứ {first + 1}.");
            if (number is not null) byNumber.TryAdd(LegalDocumentCatalog.NumberKey(number), i);
            if (text.Length > 0) byText.TryAdd(text, i);
        }
    }

    private Finding Duplicate(int index, int first, string message) =>
        new(Names[0], Severities.Warning, new FindingLocation(Sections.LegalBases, index, null, "text"), message,
            $"Giữ một căn cứ (căn cứ {first + 1}), bỏ căn cứ {index + 1}.");

    private static string Wording(string? text)
    {
        var folded = VietnameseText.Fold(text);
        return folded.StartsWith("can cu ", StringComparison.Ordinal) ? folded[7..] : folded;
    }
}
