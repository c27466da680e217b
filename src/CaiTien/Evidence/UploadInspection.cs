using System.IO.Compression;
using System.Text;
using System.Xml;

namespace CaiTien.Evidence;

/// <summary>Checks an upload past its first bytes, for evidence files and imported Word/Excel plans. Refused, with
/// the reason in Vietnamese: an executable or web page hidden in the file (ELF/PE/Mach-O headers, HTML or script in
/// an image or PDF, bytes after a PNG's end), PDF scripts, launch actions or attachments; for Word/Excel packages:
/// macros, ActiveX and embedded OLE objects or programs, XML with a DTD (entity expansion), paths outside the
/// package, and archives that expand past <see cref="MaxExpandedBytes"/> or <see cref="MaxEntries"/>.</summary>
public static class UploadInspection
{
    public const long MaxExpandedBytes = 200L * 1024 * 1024;
    public const int MaxEntries = 5000;
    private const int MaxRatio = 200;

    // Long enough that compressed image or PDF data does not hit them by chance (ELF: magic, class, byte order, version).
    private static readonly string[] ExecutableMarkers =
        ["\u007fELF\u0001\u0001\u0001", "\u007fELF\u0002\u0001\u0001", "\u007fELF\u0001\u0002\u0001", "\u007fELF\u0002\u0002\u0001", "This program cannot be run in DOS mode"];
    private static readonly string[] WebMarkers = ["<script", "<html", "<!doctype html", "<iframe", "<body", "<svg ", "<svg>", "<?php", "javascript:"];
    private static readonly string[] PdfActiveMarkers = ["/JavaScript", "/Launch", "/EmbeddedFile", "/RichMedia"];
    private static readonly string[] AllowedEmbeddings = [".xlsx", ".docx", ".pptx", ".png", ".jpeg", ".jpg", ".emf", ".wmf", ".gif"];

    /// <summary>Null when the content is acceptable as <paramref name="kind"/>; otherwise why not.</summary>
    public static string? Problem(Stream content, FileKinds.Kind kind)
    {
        content.Position = 0;
        var markers = kind == FileKinds.Docx || kind == FileKinds.Xlsx ? ExecutableMarkers
            : kind == FileKinds.Pdf ? [.. ExecutableMarkers, .. WebMarkers, .. PdfActiveMarkers]
            : [.. ExecutableMarkers, .. WebMarkers];
        if (FindMarker(content, markers) is { } found) return Describe(found);
        content.Position = 0;
        if (kind == FileKinds.Png) return PngProblem(content);
        if (kind == FileKinds.Pdf) return PdfProblem(content);
        if (kind == FileKinds.Docx || kind == FileKinds.Xlsx) return PackageProblem(content);
        return null;
    }

    private static string Describe(string marker) => marker switch
    {
        _ when ExecutableMarkers.Contains(marker) => "tệp chứa chương trình chạy được (tệp ghép)",
        _ when PdfActiveMarkers.Contains(marker) => "tệp PDF chứa mã lệnh, lệnh mở chương trình hoặc tệp đính kèm",
        _ => "tệp chứa mã trang web hoặc mã lệnh",
    };

    /// <summary>Case-insensitive (ASCII) search in 1 MB windows that overlap by the longest marker.</summary>
    private static string? FindMarker(Stream content, string[] markers)
    {
        var patterns = markers.Select(m => Encoding.Latin1.GetBytes(m).Select(b => b is >= (byte)'A' and <= (byte)'Z' ? (byte)(b + 32) : b).ToArray()).ToArray();
        var overlap = patterns.Max(p => p.Length) - 1;
        var buffer = new byte[1024 * 1024 + overlap];
        var kept = 0;
        int read;
        while ((read = content.Read(buffer, kept, buffer.Length - kept)) > 0)
        {
            var length = kept + read;
            for (var i = kept; i < length; i++)
                if (buffer[i] is >= (byte)'A' and <= (byte)'Z') buffer[i] += 32;
            var window = buffer.AsSpan(0, length);
            for (var p = 0; p < patterns.Length; p++)
                if (window.IndexOf(patterns[p]) >= 0) return markers[p];
            kept = Math.Min(overlap, length);
            window[^kept..].CopyTo(buffer);
        }
        return null;
    }

    /// <summary>Walks the chunks up to IEND; anything after it is a second file riding along.</summary>
    private static string? PngProblem(Stream content)
    {
        var header = new byte[8];
        content.ReadExactly(header);
        Span<byte> chunk = stackalloc byte[8];
        while (true)
        {
            if (content.ReadAtLeast(chunk, 8, throwOnEndOfStream: false) < 8) return "tệp PNG bị cắt cụt (không có phần kết thúc IEND)";
            var length = System.Buffers.Binary.BinaryPrimitives.ReadUInt32BigEndian(chunk);
            var type = Encoding.ASCII.GetString(chunk[4..]);
            if (!type.All(char.IsAsciiLetter) || length > int.MaxValue) return "tệp PNG có phần dữ liệu không hợp lệ";
            if (content.Position + length + 4 > content.Length) return "tệp PNG bị cắt cụt";
            content.Seek(length + 4, SeekOrigin.Current);
            if (type == "IEND") return content.Position == content.Length ? null : "sau phần kết thúc của ảnh PNG còn dữ liệu khác (tệp ghép)";
        }
    }

    /// <summary>A PDF ends with %%EOF (give or take line breaks); a payload appended after it is refused.</summary>
    private static string? PdfProblem(Stream content)
    {
        var tailLength = (int)Math.Min(1024, content.Length);
        content.Seek(-tailLength, SeekOrigin.End);
        var tail = new byte[tailLength];
        content.ReadExactly(tail);
        var text = Encoding.Latin1.GetString(tail).TrimEnd('\r', '\n', ' ', '\t', '\0');
        return text.EndsWith("%%EOF", StringComparison.Ordinal) ? null : "sau phần kết thúc của tệp PDF còn dữ liệu khác, hoặc tệp PDF bị cắt cụt";
    }

    private static string? PackageProblem(Stream content)
    {
        try
        {
            using var zip = new ZipArchive(content, ZipArchiveMode.Read, leaveOpen: true);
            if (zip.Entries.Count > MaxEntries) return $"tệp nén có hơn {MaxEntries} phần";
            if (zip.GetEntry("[Content_Types].xml") is null) return "tệp không phải gói Word/Excel hợp lệ (thiếu [Content_Types].xml)";
            long declared = 0;
            foreach (var entry in zip.Entries)
            {
                var name = entry.FullName.Replace('\\', '/');
                var lower = name.ToLowerInvariant();
                if (name.StartsWith('/') || name.Split('/').Contains("..") || name.Contains(':')) return $"tệp nén có đường dẫn không hợp lệ ({name})";
                if (lower.EndsWith("vbaproject.bin") || lower.EndsWith("vbadata.xml") || lower.Contains("/vba")) return "tệp chứa macro (VBA)";
                if (lower.Contains("/activex/")) return "tệp chứa điều khiển ActiveX";
                if (lower.Contains("/embeddings/") && !AllowedEmbeddings.Any(lower.EndsWith))
                    return $"tệp chứa đối tượng nhúng hoặc chương trình ({Path.GetFileName(name)})";
                declared += entry.Length;
                if (declared > MaxExpandedBytes) return $"tệp nén giải nén ra hơn {MaxExpandedBytes / 1024 / 1024} MB";
                if (entry.Length > 1024 * 1024 && entry.CompressedLength > 0 && entry.Length / entry.CompressedLength > MaxRatio)
                    return "tệp nén có tỉ lệ nén bất thường (bom nén)";
            }
            if (ContentTypesProblem(zip) is { } typeProblem) return typeProblem;
            long expanded = 0;
            foreach (var entry in zip.Entries.Where(e => e.FullName.EndsWith(".xml", StringComparison.OrdinalIgnoreCase)
                         || e.FullName.EndsWith(".rels", StringComparison.OrdinalIgnoreCase)))
            {
                using var part = new CountingStream(entry.Open(), MaxExpandedBytes - expanded);
                using var reader = XmlReader.Create(part, new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null, IgnoreWhitespace = true });
                while (reader.Read()) { }
                expanded += part.Count;
            }
            return null;
        }
        catch (XmlException ex) when (ex.Message.Contains("DTD", StringComparison.OrdinalIgnoreCase))
        {
            return "tệp có phần XML khai báo DTD (có thể dùng để tấn công mở rộng thực thể)";
        }
        catch (XmlException)
        {
            return "tệp có phần XML bị hỏng";
        }
        catch (CountingStream.LimitException)
        {
            return $"tệp nén giải nén ra hơn {MaxExpandedBytes / 1024 / 1024} MB";
        }
        catch (InvalidDataException)
        {
            return "tệp nén bị hỏng";
        }
        finally
        {
            content.Position = 0;
        }
    }

    /// <summary>Macro-enabled or binary-object content types declared in [Content_Types].xml.</summary>
    private static string? ContentTypesProblem(ZipArchive zip)
    {
        using var stream = zip.GetEntry("[Content_Types].xml")!.Open();
        using var reader = new StreamReader(stream);
        var types = reader.ReadToEnd().ToLowerInvariant();
        if (types.Contains("macroenabled") || types.Contains("vbaproject")) return "tệp chứa macro (VBA)";
        if (types.Contains("oleobject")) return "tệp chứa đối tượng OLE nhúng";
        return null;
    }

    private sealed class CountingStream(Stream inner, long limit) : Stream
    {
        public sealed class LimitException : Exception;
        public long Count { get; private set; }
        public override int Read(byte[] buffer, int offset, int count)
        {
            var read = inner.Read(buffer, offset, count);
            Count += read;
            if (Count > limit) throw new LimitException();
            return read;
        }
        public override bool CanRead => true;
        public override bool CanSeek => false;
        public override bool CanWrite => false;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => Count; set => throw new NotSupportedException(); }
        public override void Flush() { }
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
        protected override void Dispose(bool disposing) { if (disposing) inner.Dispose(); base.Dispose(disposing); }
    }
}
