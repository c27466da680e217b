using System.IO.Compression;
using System.Text.RegularExpressions;
using CaiTien.Documents.Reports;
using CaiTien.Evidence;

namespace CaiTien.SelfAssessments.Reports;

/// <summary>"Gói minh chứng" for the external assessment team: a ZIP with one folder per evidence box or standard (the
/// framework's <c>report.evidenceFolder</c> rule), each file named by its code, and the Danh mục minh chứng (Word and
/// Excel) at the top. Written straight to the output: entries are copied from the store as streams, so memory does not
/// grow with the package.</summary>
public static class EvidencePackage
{
    public const string ContentType = "application/zip";

    public sealed record Entry(string Path, AssessmentEvidence.StoredFile File);

    /// <summary>Where each coded file goes in the package; a code used twice gets one entry.</summary>
    public static IReadOnlyList<Entry> Plan(AssessmentEvidence evidence)
    {
        var rule = evidence.Framework.Report?.EvidenceFolder;
        var regex = rule is null ? null : new Regex(rule.Pattern, RegexOptions.CultureInvariant);
        var entries = new List<Entry>();
        var used = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var (_, file) in evidence.FileByKey.OrderBy(f => f.Key, StringComparer.Ordinal))
        {
            var match = regex?.Match(file.Code!);
            var folder = match is { Success: true } ? rule!.Name.Replace("{n}", match.Groups["n"].Value) : "Khac";
            var name = SafeName(file.Code!) + Path.GetExtension(file.FileName).ToLowerInvariant();
            var path = $"{folder}/{name}";
            for (var i = 2; !used.Add(path); i++) path = $"{folder}/{SafeName(file.Code!)}-{i}{Path.GetExtension(file.FileName).ToLowerInvariant()}";
            entries.Add(new Entry(path, file));
        }
        return entries;
    }

    public static async Task WriteAsync(AssessmentEvidence evidence, ReportCover cover, CaiTien.Files.IFileStore store, Stream output, CancellationToken ct)
    {
        var lines = evidence.ListLines();
        await using var zip = await ZipArchive.CreateAsync(output, ZipArchiveMode.Create, leaveOpen: true, entryNameEncoding: null, ct);
        await AddSmallAsync(zip, "Danh-muc-minh-chung.docx", s => EvidenceListDocument.WriteDocx(EvidenceListDocument.Compose(cover, lines), s), ct);
        await AddSmallAsync(zip, "Danh-muc-minh-chung.xlsx", s => EvidenceListDocument.WriteXlsx(lines, s), ct);
        foreach (var entry in Plan(evidence))
        {
            // Stored files are mostly PDF and images, already compressed.
            var zipEntry = zip.CreateEntry(entry.Path, CompressionLevel.NoCompression);
            // ZIP timestamps cover 1980–2107 only; outside that the entry keeps the archive's default time.
            if (entry.File.UploadedAt.Year is >= 1980 and < 2108) zipEntry.LastWriteTime = entry.File.UploadedAt;
            await using var target = await zipEntry.OpenAsync(ct);
            await using var source = await AssessmentEvidence.OpenStoredAsync(store, entry.File, ct)
                ?? throw new FileNotFoundException($"Stored evidence file {entry.File.Sha256} is missing from the file store.");
            await source.CopyToAsync(target, 81920, ct);
        }
    }

    /// <summary>The list documents are small and their writers need a seekable stream.</summary>
    private static async Task AddSmallAsync(ZipArchive zip, string name, Action<Stream> write, CancellationToken ct)
    {
        using var buffer = new MemoryStream();
        write(buffer);
        buffer.Position = 0;
        await using var target = await zip.CreateEntry(name, CompressionLevel.Fastest).OpenAsync(ct);
        await buffer.CopyToAsync(target, ct);
    }

    private static string SafeName(string code)
    {
        var trimmed = code.Trim().Trim('[', ']', '(', ')');
        return new string(trimmed.Select(c => char.IsLetterOrDigit(c) || c is '.' or '-' or '_' ? c : '-').ToArray());
    }
}
