using System.Globalization;
using System.Text;

namespace CaiTien.Evidence;

/// <summary>An uploaded file's name made safe to store, show and send back in Content-Disposition: invisible
/// control, formatting and bidirectional characters (U+202E right-to-left override makes "hinh.exe.pdf" read
/// "hinh.fdp.exe") removed, Unicode composed (NFC), trailing dots and spaces dropped, and Windows device names
/// (CON, NUL, COM1…) prefixed so the file can be saved on any machine. Folder parts are left for the caller to refuse.</summary>
public static class SafeFileName
{
    private static readonly HashSet<string> Reserved = new(StringComparer.OrdinalIgnoreCase)
    {
        "CON", "PRN", "AUX", "NUL", "CONIN$", "CONOUT$",
        "COM0", "COM1", "COM2", "COM3", "COM4", "COM5", "COM6", "COM7", "COM8", "COM9",
        "LPT0", "LPT1", "LPT2", "LPT3", "LPT4", "LPT5", "LPT6", "LPT7", "LPT8", "LPT9",
    };

    public static string? Clean(string? name)
    {
        if (name is null) return null;
        var text = new StringBuilder(name.Length);
        foreach (var c in name.Normalize(NormalizationForm.FormC))
        {
            var category = char.GetUnicodeCategory(c);
            if (category is UnicodeCategory.Control or UnicodeCategory.Format or UnicodeCategory.LineSeparator
                or UnicodeCategory.ParagraphSeparator or UnicodeCategory.Surrogate or UnicodeCategory.PrivateUse or UnicodeCategory.OtherNotAssigned)
                continue;
            text.Append(char.IsWhiteSpace(c) ? ' ' : c);
        }
        var cleaned = text.ToString().Trim().TrimEnd('.', ' ');
        if (cleaned.Length == 0) return null;
        var stem = cleaned.Split('.')[0].TrimEnd(' ');
        if (Reserved.Contains(stem)) cleaned = "_" + cleaned;
        return cleaned;
    }
}
