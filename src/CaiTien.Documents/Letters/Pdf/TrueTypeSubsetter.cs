using System.Buffers.Binary;

namespace CaiTien.Documents.Letters.Pdf;

/// <summary>Shrinks a TrueType font to the glyphs a document uses, keeping every glyph id, the character map
/// and the metrics: unused glyph outlines are emptied and <c>glyf</c>/<c>loca</c> rebuilt. The SkiaSharp build
/// embeds fonts whole (about 200 KB per face, and the time to compress them); a subset is a few tens of KB.</summary>
internal static class TrueTypeSubsetter
{
    private const ushort ArgsAreWords = 0x0001;
    private const ushort HaveScale = 0x0008;
    private const ushort MoreComponents = 0x0020;
    private const ushort HaveXAndYScale = 0x0040;
    private const ushort HaveTwoByTwo = 0x0080;

    /// <summary>Layout and bookkeeping tables that drawing positioned glyphs does not use.</summary>
    private static readonly HashSet<string> DroppedTables = new(StringComparer.Ordinal) { "GPOS", "GSUB", "GDEF", "kern", "FFTM", "DSIG", "morx", "JSTF", "BASE" };

    /// <summary>The subset font, or null when the font is not a plain glyf-based TrueType font.</summary>
    public static byte[]? Subset(byte[] font, IEnumerable<ushort> glyphIds)
    {
        if (font.Length < 12) return null;
        var version = BinaryPrimitives.ReadUInt32BigEndian(font);
        if (version != 0x00010000 && version != 0x74727565) return null;
        var tables = ReadTables(font);
        if (!tables.TryGetValue("glyf", out var glyf) || !tables.TryGetValue("loca", out var loca)
            || !tables.TryGetValue("head", out var head) || !tables.TryGetValue("maxp", out var maxp)) return null;

        var numGlyphs = BinaryPrimitives.ReadUInt16BigEndian(font.AsSpan(maxp.Offset + 4));
        var longOffsets = BinaryPrimitives.ReadInt16BigEndian(font.AsSpan(head.Offset + 50)) == 1;
        var offsets = new uint[numGlyphs + 1];
        for (var i = 0; i <= numGlyphs; i++)
            offsets[i] = longOffsets
                ? BinaryPrimitives.ReadUInt32BigEndian(font.AsSpan(loca.Offset + 4 * i))
                : (uint)BinaryPrimitives.ReadUInt16BigEndian(font.AsSpan(loca.Offset + 2 * i)) * 2;

        var keep = Closure(font, glyf.Offset, offsets, glyphIds.Append((ushort)0), numGlyphs);
        var newGlyf = new MemoryStream();
        var newOffsets = new uint[numGlyphs + 1];
        for (var g = 0; g < numGlyphs; g++)
        {
            newOffsets[g] = (uint)newGlyf.Length;
            if (!keep[g] || offsets[g + 1] <= offsets[g]) continue;
            newGlyf.Write(font, glyf.Offset + (int)offsets[g], (int)(offsets[g + 1] - offsets[g]));
            while (newGlyf.Length % 4 != 0) newGlyf.WriteByte(0);
        }
        newOffsets[numGlyphs] = (uint)newGlyf.Length;
        var shortLoca = newGlyf.Length / 2 <= ushort.MaxValue;
        var newLoca = new byte[(shortLoca ? 2 : 4) * (numGlyphs + 1)];
        for (var g = 0; g <= numGlyphs; g++)
        {
            if (shortLoca) BinaryPrimitives.WriteUInt16BigEndian(newLoca.AsSpan(2 * g), (ushort)(newOffsets[g] / 2));
            else BinaryPrimitives.WriteUInt32BigEndian(newLoca.AsSpan(4 * g), newOffsets[g]);
        }

        var newHead = font.AsSpan(head.Offset, head.Length).ToArray();
        BinaryPrimitives.WriteUInt32BigEndian(newHead.AsSpan(8), 0);
        BinaryPrimitives.WriteInt16BigEndian(newHead.AsSpan(50), (short)(shortLoca ? 0 : 1));

        var contents = tables
            .Where(t => !DroppedTables.Contains(t.Key) && t.Key is not ("glyf" or "loca"))
            .ToDictionary(t => t.Key, t => font.AsSpan(t.Value.Offset, t.Value.Length).ToArray());
        contents["glyf"] = newGlyf.ToArray();
        contents["loca"] = newLoca;
        contents["head"] = newHead;
        if (contents.TryGetValue("post", out var post) && post.Length >= 32)
        {
            // Format 3: the same header without glyph names (text extraction uses the PDF's ToUnicode map).
            post = post[..32];
            BinaryPrimitives.WriteUInt32BigEndian(post, 0x00030000);
            contents["post"] = post;
        }
        return Write(version, contents);
    }

    private static bool[] Closure(byte[] font, int glyfOffset, uint[] offsets, IEnumerable<ushort> roots, int numGlyphs)
    {
        var keep = new bool[numGlyphs];
        var queue = new Queue<ushort>(roots.Where(g => g < numGlyphs));
        while (queue.Count > 0)
        {
            var g = queue.Dequeue();
            if (keep[g]) continue;
            keep[g] = true;
            var start = glyfOffset + (int)offsets[g];
            if (offsets[g + 1] <= offsets[g] + 10 || BinaryPrimitives.ReadInt16BigEndian(font.AsSpan(start)) >= 0) continue;
            var at = start + 10;
            ushort flags;
            do
            {
                flags = BinaryPrimitives.ReadUInt16BigEndian(font.AsSpan(at));
                var component = BinaryPrimitives.ReadUInt16BigEndian(font.AsSpan(at + 2));
                if (component < numGlyphs && !keep[component]) queue.Enqueue(component);
                at += 4 + ((flags & ArgsAreWords) != 0 ? 4 : 2);
                if ((flags & HaveScale) != 0) at += 2;
                else if ((flags & HaveXAndYScale) != 0) at += 4;
                else if ((flags & HaveTwoByTwo) != 0) at += 8;
            }
            while ((flags & MoreComponents) != 0);
        }
        return keep;
    }

    private static Dictionary<string, (int Offset, int Length)> ReadTables(byte[] font)
    {
        var count = BinaryPrimitives.ReadUInt16BigEndian(font.AsSpan(4));
        var tables = new Dictionary<string, (int, int)>(StringComparer.Ordinal);
        for (var i = 0; i < count; i++)
        {
            var record = 12 + 16 * i;
            var tag = System.Text.Encoding.ASCII.GetString(font, record, 4);
            var offset = (int)BinaryPrimitives.ReadUInt32BigEndian(font.AsSpan(record + 8));
            var length = (int)BinaryPrimitives.ReadUInt32BigEndian(font.AsSpan(record + 12));
            if (offset + length > font.Length) throw new InvalidDataException($"Table {tag} runs past the end of the font.");
            tables[tag] = (offset, length);
        }
        return tables;
    }

    private static byte[] Write(uint version, Dictionary<string, byte[]> tables)
    {
        var tags = tables.Keys.OrderBy(t => t, StringComparer.Ordinal).ToList();
        var headerLength = 12 + 16 * tags.Count;
        var size = headerLength + tags.Sum(t => (tables[t].Length + 3) & ~3);
        var output = new byte[size];
        BinaryPrimitives.WriteUInt32BigEndian(output, version);
        BinaryPrimitives.WriteUInt16BigEndian(output.AsSpan(4), (ushort)tags.Count);
        var power = 1;
        var log = 0;
        while (power * 2 <= tags.Count) { power *= 2; log++; }
        BinaryPrimitives.WriteUInt16BigEndian(output.AsSpan(6), (ushort)(power * 16));
        BinaryPrimitives.WriteUInt16BigEndian(output.AsSpan(8), (ushort)log);
        BinaryPrimitives.WriteUInt16BigEndian(output.AsSpan(10), (ushort)(tags.Count * 16 - power * 16));
        var offset = headerLength;
        var headOffset = -1;
        for (var i = 0; i < tags.Count; i++)
        {
            var data = tables[tags[i]];
            data.CopyTo(output, offset);
            var record = 12 + 16 * i;
            System.Text.Encoding.ASCII.GetBytes(tags[i]).CopyTo(output, record);
            BinaryPrimitives.WriteUInt32BigEndian(output.AsSpan(record + 4), Checksum(output.AsSpan(offset, (data.Length + 3) & ~3)));
            BinaryPrimitives.WriteUInt32BigEndian(output.AsSpan(record + 8), (uint)offset);
            BinaryPrimitives.WriteUInt32BigEndian(output.AsSpan(record + 12), (uint)data.Length);
            if (tags[i] == "head") headOffset = offset;
            offset += (data.Length + 3) & ~3;
        }
        if (headOffset >= 0) BinaryPrimitives.WriteUInt32BigEndian(output.AsSpan(headOffset + 8), 0xB1B0AFBA - Checksum(output));
        return output;
    }

    private static uint Checksum(ReadOnlySpan<byte> data)
    {
        uint sum = 0;
        for (var i = 0; i + 3 < data.Length; i += 4) sum += BinaryPrimitives.ReadUInt32BigEndian(data[i..]);
        return sum;
    }
}
