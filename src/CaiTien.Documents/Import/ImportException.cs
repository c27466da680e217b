namespace CaiTien.Documents.Import;

/// <summary>A file the importer cannot read; the message is shown to the user as is (Vietnamese).</summary>
internal sealed class ImportException(string message) : Exception(message);
