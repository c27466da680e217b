using System.Collections.Concurrent;
using System.IO.Compression;
using System.Text;
using CaiTien.Documents.Import;
using CaiTien.Testing;

namespace CaiTien.Documents.Tests.Import;

/// <summary>10,000 mutated copies of the fixtures (fixed seed) go through the importer without an exception
/// escaping. Most are byte-level mutations of the package, which the cheap checks (zip structure, CRC) reject;
/// every 25th (400 copies) mutates the XML text inside the package and is re-zipped, so it runs the full import. Besides
/// escaping exceptions, faults of the importer's own code (caught and turned into a message) fail the test.</summary>
public class ImportFuzzTests
{
    private const int Copies = 10_000;
    private const int XmlMutationEvery = 25;
    private const int Seed = 20241125;

    [Fact]
    public void Mutated_fixtures_never_throw()
    {
        var sources = SharedPaths.FixtureIds.Select(id => (Name: id + ".docx", Bytes: File.ReadAllBytes(SharedPaths.Docx(id)), Part: "word/document.xml"))
            .Append((Name: "002.xlsx", Bytes: File.ReadAllBytes(SharedPaths.Xlsx("002")), Part: "xl/worksheets/sheet1.xml")).ToList();
        var parts = sources.Select(s => ReadEntries(s.Bytes)).ToList();
        var failures = new ConcurrentQueue<string>();
        var imported = 0;
        // Each copy has its own seed, so the run is the same whatever order the copies execute in.
        Parallel.For(0, Copies, i =>
        {
            var random = new Random(Seed + i);
            var pick = random.Next(sources.Count);
            var (name, bytes, part) = sources[pick];
            var mutated = i % XmlMutationEvery == 0
                ? Rezip(parts[pick], part, MutateText(parts[pick][part], random))
                : MutateBytes(bytes, random);
            try
            {
                var result = PlanImporter.Import(new MemoryStream(mutated), name);
                if (result.Plan is null && result.Errors.Count == 0) failures.Enqueue($"Copy {i} of {name}: no plan and no error.");
                if (result.Fault is { } fault) failures.Enqueue($"Copy {i} of {name}: importer fault {fault.GetType().Name}: {fault.Message}\n{fault.StackTrace}");
                if (result.Plan is not null) Interlocked.Increment(ref imported);
            }
            catch (Exception ex)
            {
                failures.Enqueue($"Copy {i} of {name} threw {ex.GetType().Name}: {ex.Message}\n{ex.StackTrace}");
            }
        });
        Assert.True(failures.IsEmpty, string.Join("\n", failures.Take(5)));
        Assert.True(imported > 0, "Some XML-level mutations should still import.");
    }

    private static byte[] MutateBytes(byte[] original, Random random)
    {
        var bytes = (byte[])original.Clone();
        switch (random.Next(4))
        {
            case 0:
                for (var n = random.Next(1, 9); n > 0; n--) bytes[random.Next(bytes.Length)] = (byte)random.Next(256);
                return bytes;
            case 1:
                return bytes[..random.Next(1, bytes.Length)];
            case 2:
                var at = random.Next(bytes.Length);
                var insert = new byte[random.Next(1, 64)];
                random.NextBytes(insert);
                return [.. bytes[..at], .. insert, .. bytes[at..]];
            default:
                // Keep the local header intact but damage the central directory near the end.
                for (var n = random.Next(1, 5); n > 0; n--) bytes[bytes.Length - 1 - random.Next(Math.Min(200, bytes.Length))] ^= (byte)random.Next(1, 256);
                return bytes;
        }
    }

    private static string MutateText(string xml, Random random)
    {
        var start = random.Next(xml.Length);
        var length = Math.Min(random.Next(1, 400), xml.Length - start);
        return random.Next(5) switch
        {
            0 => xml.Remove(start, length),
            1 => xml.Insert(start, xml.Substring(random.Next(xml.Length - length), length)),
            2 => xml.Insert(start, new string(Enumerable.Range(0, random.Next(1, 20)).Select(_ => "<>&\"/=: 0123456789-–ĐđMỨCTiêu chí1.5"[random.Next(35)]).ToArray())),
            3 => xml.Replace("w:gridSpan w:val=\"", "w:gridSpan w:val=\"" + random.Next(0, 99)).Replace("r=\"", "r=\"Z"),
            _ => xml[..start] + new string(xml.Substring(start, length).Reverse().ToArray()) + xml[(start + length)..],
        };
    }

    private static Dictionary<string, string> ReadEntries(byte[] package)
    {
        using var zip = new ZipArchive(new MemoryStream(package), ZipArchiveMode.Read);
        return zip.Entries.ToDictionary(e => e.FullName, e => new StreamReader(e.Open(), Encoding.UTF8).ReadToEnd());
    }

    private static byte[] Rezip(Dictionary<string, string> entries, string part, string text)
    {
        using var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, true))
            foreach (var (name, content) in entries)
            {
                using var writer = new StreamWriter(zip.CreateEntry(name, CompressionLevel.Fastest).Open(), new UTF8Encoding(false));
                writer.Write(name == part ? text : content);
            }
        return stream.ToArray();
    }
}
