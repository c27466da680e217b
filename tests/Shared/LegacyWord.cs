using System.Diagnostics;
using CaiTien.Documents.Import;

namespace CaiTien.Testing;

/// <summary>A real Word 97–2003 file made the way a school's old Word saved it: LibreOffice's "MS Word 97" filter
/// (scripts/test.sh installs libreoffice-writer-nogui).</summary>
public static class LegacyWord
{
    public static byte[] FromDocx(byte[] docx)
    {
        var soffice = LegacyWordConverter.FindSoffice()
            ?? throw new InvalidOperationException("LibreOffice (soffice) is needed; scripts/test.sh installs libreoffice-writer-nogui.");
        var work = Directory.CreateTempSubdirectory("caitien-doc-test-");
        try
        {
            File.WriteAllBytes(Path.Combine(work.FullName, "plan.docx"), docx);
            var profile = new Uri(Path.Combine(work.FullName, "profile")).AbsoluteUri;
            using var process = Process.Start(new ProcessStartInfo(soffice, [$"-env:UserInstallation={profile}", "--headless", "--convert-to", "doc:MS Word 97", "--outdir", work.FullName, Path.Combine(work.FullName, "plan.docx")])
                { RedirectStandardOutput = true, RedirectStandardError = true })!;
            if (!process.WaitForExit(TimeSpan.FromMinutes(3))) throw new TimeoutException("soffice did not finish");
            return File.ReadAllBytes(Path.Combine(work.FullName, "plan.doc"));
        }
        finally { work.Delete(true); }
    }
}
