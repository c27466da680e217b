using System.Diagnostics;
using System.IO.Compression;
using System.Text;
using CaiTien.Documents.Import;
using CaiTien.Testing;

namespace CaiTien.Bench;

/// <summary>`-- fuzz N [seed]`: N imports of mutated fixtures (all DOCX and XLSX), with a fixed seed. Half the
/// mutations hit the raw bytes (flips, truncation), half edit the XML inside the package (cut, duplicate, insert
/// markup, swap, change numbers, drop a part) and re-zip it. The importer promises never to throw for bad input,
/// so any exception escaping <see cref="PlanImporter.Import(Stream, string)"/> is counted and its input saved.</summary>
public static class FuzzRun
{
    private static readonly TimeSpan HangLimit = TimeSpan.FromSeconds(20);

    public static int Run(string[] args)
    {
        var count = args.Length > 0 ? int.Parse(args[0]) : 2_000;
        var seed = args.Length > 1 ? int.Parse(args[1]) : 4242;
        var random = new Random(seed);
        var inputs = SharedPaths.FixtureIds.Select(id => (Name: id + ".docx", Bytes: File.ReadAllBytes(SharedPaths.Docx(id))))
            .Append(("002.xlsx", File.ReadAllBytes(SharedPaths.Xlsx("002")))).ToArray();
        var failures = new Dictionary<string, int>();
        int ok = 0, refused = 0, escaped = 0;
        var slowest = (Ms: 0.0, Case: "");
        var saveDir = Directory.CreateTempSubdirectory("caitien-fuzz-").FullName;
        var watch = Stopwatch.StartNew();
        for (var i = 0; i < count; i++)
        {
            var (name, original) = inputs[random.Next(inputs.Length)];
            var (bytes, how) = random.Next(2) == 0 ? MutateBytes(original, random) : MutateXml(original, random);
            var one = Stopwatch.StartNew();
            var run = Task.Run(() =>
            {
                using var stream = new MemoryStream(bytes, false);
                return PlanImporter.Import(stream, name);
            });
            try
            {
                if (!run.Wait(HangLimit))
                {
                    Console.WriteLine($"#{i} {name} {how}: still running after {HangLimit.TotalSeconds} s — saved {Save(saveDir, i, name, bytes)}");
                    return 3;
                }
                if (run.Result.Plan is null) refused++; else ok++;
            }
            catch (AggregateException wrapped)
            {
                var ex = wrapped.InnerException!;
                escaped++;
                var key = $"{ex.GetType().Name} at {ex.StackTrace?.Split('\n').FirstOrDefault()?.Trim()}";
                if (failures.TryAdd(key, 1)) Console.WriteLine($"#{i} {name} {how}: {key} — saved {Save(saveDir, i, name, bytes)}");
                else failures[key]++;
            }
            if (one.Elapsed.TotalMilliseconds > slowest.Ms) slowest = (one.Elapsed.TotalMilliseconds, $"#{i} {name} {how}");
        }
        Console.WriteLine($"fuzz: {count} imports, seed {seed}, {watch.Elapsed.TotalSeconds:F1} s; read {ok}, refused with a message {refused}, " +
            $"unhandled exceptions {escaped} ({failures.Count} distinct); slowest {slowest.Ms:F0} ms ({slowest.Case})");
        foreach (var (key, n) in failures.OrderByDescending(f => f.Value)) Console.WriteLine($"  {n,5} × {key}");
        return escaped == 0 ? 0 : 1;
    }

    private static string Save(string dir, int i, string name, byte[] bytes)
    {
        var path = Path.Combine(dir, $"{i:00000}-{name}");
        File.WriteAllBytes(path, bytes);
        return path;
    }

    private static (byte[] Bytes, string How) MutateBytes(byte[] original, Random random)
    {
        var bytes = (byte[])original.Clone();
        if (random.Next(4) == 0)
        {
            var length = random.Next(bytes.Length);
            return (bytes[..length], $"truncated to {length} bytes");
        }
        var flips = random.Next(1, 17);
        for (var k = 0; k < flips; k++) bytes[random.Next(bytes.Length)] = (byte)random.Next(256);
        return (bytes, $"{flips} random bytes");
    }

    private static (byte[] Bytes, string How) MutateXml(byte[] original, Random random)
    {
        var parts = new List<(string Name, byte[] Content)>();
        using (var zip = new ZipArchive(new MemoryStream(original, false), ZipArchiveMode.Read))
            foreach (var entry in zip.Entries)
            {
                using var s = entry.Open();
                using var copy = new MemoryStream();
                s.CopyTo(copy);
                parts.Add((entry.FullName, copy.ToArray()));
            }
        var xmlParts = parts.Select((p, i) => (p, i)).Where(x => x.p.Name.EndsWith(".xml", StringComparison.Ordinal)).ToList();
        // Most edits go to the main body or sheet, where the plan is.
        var main = xmlParts.FindIndex(x => x.p.Name is "word/document.xml" || x.p.Name.StartsWith("xl/worksheets/", StringComparison.Ordinal));
        var target = main >= 0 && random.Next(3) > 0 ? xmlParts[main] : xmlParts[random.Next(xmlParts.Count)];
        string how;
        if (random.Next(12) == 0)
        {
            parts.RemoveAt(target.i);
            how = $"dropped {target.p.Name}";
        }
        else
        {
            var (text, edit) = EditXml(Encoding.UTF8.GetString(target.p.Content), random);
            parts[target.i] = (target.p.Name, Encoding.UTF8.GetBytes(text));
            how = $"{edit} in {target.p.Name}";
        }
        using var output = new MemoryStream();
        using (var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
            foreach (var (name, content) in parts)
            {
                using var s = zip.CreateEntry(name, CompressionLevel.Fastest).Open();
                s.Write(content);
            }
        return (output.ToArray(), how);
    }

    private static readonly string[] Inserts =
    [
        "<", ">", "&", "&amp;", "\"", "]]>", "<w:tr>", "</w:tr>", "<w:tc>", "</w:tc>", "<w:p/>", "<w:t>Tiêu chí 9.9</w:t>",
        "<w:gridSpan w:val=\"999\"/>", "<w:vMerge w:val=\"restart\"/>", "<w:vMerge/>", "<c r=\"ZZZ99999\"><v>1</v></c>",
        "<c t=\"s\"><v>99999</v></c>", "<row r=\"0\">", "</row>", "\u0000", "\uFFFE", "\uD800", "é\u0301", new string('x', 5000),
    ];

    private static (string Text, string Edit) EditXml(string xml, Random random)
    {
        if (xml.Length < 2) return (xml + Inserts[random.Next(Inserts.Length)], "appended markup");
        var at = random.Next(xml.Length);
        var span = Math.Min(random.Next(1, 400), xml.Length - at);
        switch (random.Next(6))
        {
            case 0: return (xml.Remove(at, span), $"cut {span} chars at {at}");
            case 1: return (xml.Insert(at, xml.Substring(at, span)), $"duplicated {span} chars at {at}");
            case 2:
                var insert = Inserts[random.Next(Inserts.Length)];
                return (xml.Insert(at, insert), $"inserted {insert[..Math.Min(20, insert.Length)]} at {at}");
            case 3:
                var other = random.Next(xml.Length - span + 1);
                var a = xml.Substring(at, span);
                var b = xml.Substring(other, Math.Min(span, xml.Length - other));
                var swapped = new StringBuilder(xml).Remove(at, span).Insert(at, b).ToString();
                return (swapped, $"overwrote {span} chars at {at} with text from {other} ({a.Length}/{b.Length})");
            case 4:
                var numbers = System.Text.RegularExpressions.Regex.Matches(xml, "\"[0-9]+\"");
                if (numbers.Count == 0) goto case 0;
                var n = numbers[random.Next(numbers.Count)];
                string[] values = ["\"0\"", "\"-1\"", "\"99999999\"", "\"2147483648\"", "\"\"", "\"1e9\"", "\"x\""];
                var value = values[random.Next(values.Length)];
                return (xml.Remove(n.Index, n.Length).Insert(n.Index, value), $"number {n.Value} → {value}");
            default:
                var rowStart = xml.IndexOf(random.Next(2) == 0 ? "<w:tr" : "<row", at, StringComparison.Ordinal);
                var rowEnd = rowStart < 0 ? -1 : xml.IndexOf(rowStart >= 0 && xml[rowStart + 1] == 'w' ? "</w:tr>" : "</row>", rowStart, StringComparison.Ordinal);
                if (rowEnd < 0) goto case 1;
                var row = xml[rowStart..(rowEnd + (xml[rowStart + 1] == 'w' ? 7 : 6))];
                var copies = random.Next(2, 300);
                return (xml.Insert(rowStart, string.Concat(Enumerable.Repeat(row, copies))), $"repeated a table row {copies} times");
        }
    }
}
