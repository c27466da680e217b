using System.Xml;
using CaiTien.Documents.Import.Docx;
using CaiTien.Documents.Import.Xlsx;
using DocumentFormat.OpenXml.Packaging;

namespace CaiTien.Documents.Import;

/// <summary>Finds the code ("1.3") of the criterion whose title is written, in a framework ("17/2018/TT-BGDĐT"); null when
/// none matches.</summary>
public delegate string? CriterionTitleLookup(string framework, string titleAsWritten);

/// <summary>Imports an existing Word (.docx) or Excel (.xlsx) plan into <c>caitien.plan/1</c>. Never throws for
/// bad input: every problem comes back as a Vietnamese message in <see cref="ImportResult.Errors"/>.</summary>
public static class PlanImporter
{
    public const long MaxUploadBytes = 10L * 1024 * 1024;

    public static ImportResult Import(Stream content, string fileName) => Import(content, fileName, ImportOverrides.None);

    public static ImportResult Import(Stream content, string fileName, ImportOverrides overrides) => Import(content, fileName, overrides, null);

    /// <summary>As above; <paramref name="criterionByTitle"/> (from the framework catalogs) names the code of a
    /// criterion cell that gives only the criterion's title.</summary>
    public static ImportResult Import(Stream content, string fileName, ImportOverrides overrides, CriterionTitleLookup? criterionByTitle)
    {
        ArgumentNullException.ThrowIfNull(content);
        var name = Path.GetFileName(string.IsNullOrWhiteSpace(fileName) ? "tệp tải lên" : fileName);
        try
        {
            var bytes = ReadLimited(content);
            if (LegacyWordConverter.IsWord97(bytes)) bytes = LegacyWordConverter.ToDocx(bytes, LegacyWordConverter.FindSoffice());
            var kind = PackageInspector.Inspect(bytes);
            using var stream = new MemoryStream(bytes, false);
            var document = kind == PackageKind.Docx ? DocxReader.Read(stream, name) : XlsxReader.Read(stream, name);
            return new PlanAssembler(ImportVocabulary.Default).Assemble(document, overrides ?? ImportOverrides.None, criterionByTitle);
        }
        catch (ImportException ex) { return ImportResult.Failed(name, ex.Message); }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            // Damaged packages surface as many exception types from the zip, package and XML layers; none may
            // reach the caller (the web app and the CLI must stay up), so each becomes the same user message.
            var damaged = ex is OpenXmlPackageException or XmlException or InvalidDataException or FileFormatException or IOException;
            return damaged
                ? ImportResult.Failed(name, PackageErrors.Damaged)
                : ImportResult.Failed(name, "Không đọc được nội dung tệp này. Hãy mở tệp bằng Word/Excel, lưu lại dưới dạng .docx/.xlsx rồi tải lên lại.") with { Fault = ex };
        }
    }

    private static byte[] ReadLimited(Stream content)
    {
        if (content.CanSeek && content.Length - content.Position > MaxUploadBytes) throw TooLarge();
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = content.Read(chunk, 0, chunk.Length)) > 0)
        {
            buffer.Write(chunk, 0, read);
            if (buffer.Length > MaxUploadBytes) throw TooLarge();
        }
        return buffer.ToArray();
    }

    private static ImportException TooLarge() =>
        new($"Tệp lớn hơn {MaxUploadBytes / 1024 / 1024} MB, vượt giới hạn tải lên. Hãy bỏ bớt hình ảnh trong tệp hoặc chỉ giữ phần kế hoạch rồi tải lên lại.");
}
