using CaiTien.Documents.Import.Sections;

namespace CaiTien.Documents.Interchange;

/// <summary>Makes a legal basis from its text, reading the cited document number the same way the importer does.</summary>
public static class LegalBases
{
    public static LegalBasis FromText(string text) => LegalBasisReader.Create(text);
}
