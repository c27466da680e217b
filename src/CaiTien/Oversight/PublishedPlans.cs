using CaiTien.Data;
using CaiTien.Documents.Interchange;
using Microsoft.EntityFrameworkCore;

namespace CaiTien.Oversight;

/// <summary>What anyone may read without signing in: published snapshots only, never the live plan.</summary>
public static class PublishedPlans
{
    public sealed record IndexLine(string ProvinceName, string DistrictName, string SchoolCode, string SchoolName, string SchoolYear, int Revision, DateTimeOffset PublishedAt);

    public sealed record Entry(int Id, string SchoolYear, int Revision, DateTimeOffset PublishedAt, string PdfSha256);

    public sealed record SchoolPage(string SchoolCode, string SchoolName, string DistrictName, Entry Latest, PlanDocument Document,
        int Rows, int Done, IReadOnlyList<Entry> History);

    /// <summary>The newest publication of each school, by province and district.</summary>
    public static async Task<IReadOnlyList<IndexLine>> IndexAsync(CaiTienDb db, CancellationToken ct = default)
    {
        var latest = db.Publications.GroupBy(p => p.SchoolId).Select(g => g.Max(p => p.Id));
        var lines = await db.Publications.AsNoTracking().Where(p => latest.Contains(p.Id))
            .Join(db.Schools, p => p.SchoolId, s => s.Id, (p, s) => new
            {
                Province = s.District!.Province!.Name, District = s.District.Name, s.Code, s.Name, p.SchoolYear, p.Revision, p.PublishedAt,
            }).ToListAsync(ct);
        return lines.Select(l => new IndexLine(l.Province, l.District, l.Code, l.Name, l.SchoolYear, l.Revision, l.PublishedAt))
            .OrderBy(l => l.ProvinceName).ThenBy(l => l.DistrictName).ThenBy(l => l.SchoolName).ToList();
    }

    public static async Task<SchoolPage?> ForSchoolAsync(CaiTienDb db, string code, CancellationToken ct = default)
    {
        var school = await db.Schools.AsNoTracking().Where(s => s.Code == code)
            .Select(s => new { s.Id, s.Code, s.Name, District = s.District!.Name }).FirstOrDefaultAsync(ct);
        if (school is null) return null;
        var history = await db.Publications.AsNoTracking().Where(p => p.SchoolId == school.Id).OrderByDescending(p => p.Id)
            .Select(p => new { Entry = new Entry(p.Id, p.SchoolYear, p.Revision, p.PublishedAt, p.PdfSha256), p.PlanId, p.SnapshotId }).ToListAsync(ct);
        if (history.Count == 0) return null;
        var latest = history[0];
        var json = await db.PlanSnapshots.AsNoTracking().Where(s => s.Id == latest.SnapshotId).Select(s => s.Json).SingleAsync(ct);
        var progress = await db.PlanRows.AsNoTracking().Where(r => r.PlanId == latest.PlanId)
            .GroupBy(r => 1).Select(g => new { Rows = g.Count(), Done = g.Count(r => r.Completed) }).FirstOrDefaultAsync(ct);
        return new SchoolPage(school.Code, school.Name, school.District, latest.Entry, PlanJson.Read(json).Plan!,
            progress?.Rows ?? 0, progress?.Done ?? 0, history.Select(h => h.Entry).ToList());
    }

    public static async Task<(byte[] Pdf, string FileName)?> PdfAsync(CaiTienDb db, string code, int publicationId, CancellationToken ct = default)
    {
        var file = await db.Publications.AsNoTracking()
            .Where(p => p.Id == publicationId && db.Schools.Any(s => s.Id == p.SchoolId && s.Code == code))
            .Select(p => new { p.Pdf, p.PdfFileName }).FirstOrDefaultAsync(ct);
        return file is null ? null : (file.Pdf, file.PdfFileName);
    }
}
