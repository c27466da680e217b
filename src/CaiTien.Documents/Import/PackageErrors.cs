using System.Xml;
using DocumentFormat.OpenXml.Packaging;

namespace CaiTien.Documents.Import;

/// <summary>Turns the Open XML SDK's complaints about a damaged package (missing parts, broken relationships,
/// malformed XML) into the user's message, so that only the importer's own faults remain unexpected.</summary>
internal static class PackageErrors
{
    public const string Damaged = "Tệp bị hỏng hoặc không đúng định dạng .docx/.xlsx nên không đọc được. Hãy mở tệp bằng Word/Excel, lưu lại rồi tải lên lại.";

    public static T Guard<T>(Func<T> read)
    {
        try
        {
            return read();
        }
        catch (Exception ex) when (ex is OpenXmlPackageException or XmlException or InvalidDataException or FileFormatException
                                       or IOException or InvalidOperationException or ArgumentException or FormatException
                                       or OverflowException or KeyNotFoundException or NotSupportedException)
        {
            throw new ImportException(Damaged);
        }
    }
}
