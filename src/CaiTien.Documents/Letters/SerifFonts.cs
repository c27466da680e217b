using SkiaSharp;

namespace CaiTien.Documents.Letters;

/// <summary>The serif font used to draw (PDF) and measure (rule widths) letters. Liberation Serif has the metrics
/// of Times New Roman, so widths measured with it match the Word document; DejaVu Serif is the fallback.
/// Both carry the precomposed Vietnamese letters. Only the upright regular and bold faces are used; italics
/// are the upright face slanted (Nghị định 30 asks for "kiểu chữ nghiêng", slanted type), because every
/// embedded face costs about 10 ms when the PDF is closed and only two lines of a letter are italic.</summary>
public sealed class SerifFonts : IDisposable
{
    private static readonly string[] SearchDirectories =
    [
        "/usr/share/fonts", "/usr/local/share/fonts",
        Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".fonts"),
        Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".local", "share", "fonts"),
        "/System/Library/Fonts", "/Library/Fonts", @"C:\Windows\Fonts",
    ];

    private static readonly (string Family, string[] Files)[] Candidates =
    [
        ("Liberation Serif", ["LiberationSerif-Regular.ttf", "LiberationSerif-Bold.ttf"]),
        ("Times New Roman", ["times.ttf", "timesbd.ttf"]),
        ("DejaVu Serif", ["DejaVuSerif.ttf", "DejaVuSerif-Bold.ttf"]),
    ];

    private static readonly Lazy<SerifFonts?> Installed = new(Load);

    private readonly SKTypeface?[] _faces;
    private readonly Dictionary<(bool, bool, double), SKFont> _measuringFonts = [];

    private readonly string?[] _paths;
    private readonly bool _ownsFaces;

    private SerifFonts(string family, SKTypeface?[] faces, string?[] paths, bool ownsFaces = false)
    {
        Family = family;
        _faces = faces;
        _paths = paths;
        _ownsFaces = ownsFaces;
    }

    public string Family { get; }

    /// <summary>The installed serif font, or null when none of the known font files is present.</summary>
    public static SerifFonts? TryGet() => Installed.Value;

    public static SerifFonts Get() => TryGet() ?? throw new InvalidOperationException(
        "Không tìm thấy phông chữ có dấu tiếng Việt để tạo PDF (cần Liberation Serif hoặc DejaVu Serif). " +
        "Cài gói Debian fonts-liberation2 hoặc fonts-dejavu-core, hoặc đặt tệp phông vào thư mục chỉ định bởi biến môi trường CAITIEN_FONT_DIR.");

    /// <summary>A font of the given style: the bold face when bold (the regular one emboldened if there is no
    /// bold file), slanted when italic.</summary>
    public SKFont Font(bool bold, bool italic, double sizePt)
    {
        var face = bold ? _faces[1] : _faces[0];
        return new SKFont(face ?? _faces[0], (float)sizePt)
        {
            Subpixel = true,
            LinearMetrics = true,
            Embolden = bold && face is null,
            SkewX = italic ? -0.21f : 0,
        };
    }

    public double MeasurePt(string text, bool bold, bool italic, double sizePt)
    {
        lock (_measuringFonts)
        {
            if (!_measuringFonts.TryGetValue((bold, italic, sizePt), out var font))
                _measuringFonts[(bold, italic, sizePt)] = font = Font(bold, italic, sizePt);
            return font.MeasureText(text);
        }
    }

    /// <summary>Fonts cut down to the characters of one document, to embed in its PDF (the caller disposes
    /// them). Falls back to the whole fonts when a font file cannot be subset.</summary>
    public SerifFonts ForText(IEnumerable<string> texts)
    {
        var characters = new HashSet<string>(StringComparer.Ordinal);
        foreach (var text in texts)
        {
            var enumerator = System.Globalization.StringInfo.GetTextElementEnumerator(text);
            while (enumerator.MoveNext()) characters.Add(enumerator.GetTextElement());
        }
        var all = string.Concat(characters);
        var faces = new SKTypeface?[_faces.Length];
        for (var i = 0; i < _faces.Length; i++)
        {
            if (_faces[i] is null || _paths[i] is null) continue;
            using var font = new SKFont(_faces[i]);
            var glyphs = font.GetGlyphs(all);
            byte[]? subset = null;
            try
            {
                subset = Pdf.TrueTypeSubsetter.Subset(FontBytes(_paths[i]!), glyphs);
            }
            catch (Exception e) when (e is InvalidDataException or ArgumentOutOfRangeException or IndexOutOfRangeException)
            {
                subset = null;
            }
            faces[i] = subset is null ? null : SKTypeface.FromData(SKData.CreateCopy(subset));
        }
        // Where a face could not be subset, the whole installed face is used (and not disposed with the rest).
        var owned = faces.Select((f, i) => f ?? _faces[i]).ToArray();
        return new SerifFonts(Family, owned, _paths, ownsFaces: true) { _subsetFaces = faces };
    }

    private SKTypeface?[] _subsetFaces = [];

    private static readonly Dictionary<string, byte[]> FileCache = [];

    private static byte[] FontBytes(string path)
    {
        lock (FileCache)
        {
            if (!FileCache.TryGetValue(path, out var bytes)) FileCache[path] = bytes = File.ReadAllBytes(path);
            return bytes;
        }
    }

    public void Dispose()
    {
        lock (_measuringFonts)
        {
            foreach (var font in _measuringFonts.Values) font.Dispose();
            _measuringFonts.Clear();
        }
        if (!_ownsFaces) return;
        foreach (var face in _subsetFaces) face?.Dispose();
    }

    /// <summary>Width of a line of text: measured with the installed font, or estimated when there is none.</summary>
    public static double EstimateWidthPt(string text, bool bold, double sizePt) =>
        TryGet() is { } fonts ? fonts.MeasurePt(text, bold, false, sizePt) : text.Length * sizePt * (bold ? 0.56 : 0.5);

    private static SerifFonts? Load()
    {
        var directories = new List<string>();
        if (Environment.GetEnvironmentVariable("CAITIEN_FONT_DIR") is { Length: > 0 } custom) directories.Add(custom);
        directories.AddRange(SearchDirectories.Where(Directory.Exists));
        foreach (var (family, files) in Candidates)
        {
            var paths = files.Select(f => FindFile(directories, f)).ToArray();
            if (paths[0] is null) continue;
            var faces = paths.Select(p => p is null ? null : SKTypeface.FromFile(p)).ToArray();
            if (faces[0] is null) continue;
            return new SerifFonts(family, faces, paths);
        }
        return null;
    }

    private static string? FindFile(IEnumerable<string> directories, string fileName)
    {
        foreach (var dir in directories)
        {
            var direct = Path.Combine(dir, fileName);
            if (File.Exists(direct)) return direct;
            try
            {
                var found = Directory.EnumerateFiles(dir, fileName, new EnumerationOptions { RecurseSubdirectories = true, IgnoreInaccessible = true, MatchCasing = MatchCasing.CaseInsensitive }).FirstOrDefault();
                if (found is not null) return found;
            }
            catch (IOException) { }
            catch (UnauthorizedAccessException) { }
        }
        return null;
    }
}
