using CaiTien.Data;
using CaiTien.Evidence;
using CaiTien.Monitoring;
using CaiTien.Progress;
using Microsoft.EntityFrameworkCore;

namespace CaiTien.Plans;

/// <summary>When a revision is issued, the year's work on the previous revision follows its rows: progress and its
/// history and evidence files move to the revision's row with the same identity, and monitoring reviews are
/// copied with their findings pointed at the new rows. A row the revision deleted keeps its history where it was.</summary>
public static class CarryWorkForward
{
    public static async Task RunAsync(CaiTienDb db, int previousPlanId, Plan revision, CancellationToken ct = default)
    {
        var oldRows = await db.PlanRows.AsNoTracking().Where(r => r.PlanId == previousPlanId)
            .OrderBy(r => r.Position).Select(r => new { r.Id, r.RowKey }).ToListAsync(ct);
        var map = new Dictionary<int, int>();
        var newRows = revision.OrderedRows().ToList();
        for (var i = 0; i < oldRows.Count; i++)
        {
            var old = oldRows[i];
            // Rows written before rows had an identity match by their place in the table.
            var match = old.RowKey != Guid.Empty ? newRows.FirstOrDefault(r => r.RowKey == old.RowKey)
                : i < newRows.Count && newRows[i].RowKey == Guid.Empty ? newRows[i] : null;
            if (match is not null) map[old.Id] = match.Id;
        }
        if (map.Count == 0) return;
        var ids = map.Keys.ToList();

        foreach (var p in await db.RowProgress.Where(p => ids.Contains(p.PlanRowId)).ToListAsync(ct))
            (p.PlanId, p.PlanRowId) = (revision.Id, map[p.PlanRowId]);
        foreach (var e in await db.ProgressEntries.Where(e => ids.Contains(e.PlanRowId)).ToListAsync(ct))
            (e.PlanId, e.PlanRowId) = (revision.Id, map[e.PlanRowId]);
        foreach (var f in await db.EvidenceFiles.Where(f => ids.Contains(f.PlanRowId)).ToListAsync(ct))
            (f.PlanId, f.PlanRowId) = (revision.Id, map[f.PlanRowId]);
        var taken = await db.MonitoringReviews.Where(r => r.PlanId == revision.Id).Select(r => r.Period).ToListAsync(ct);
        foreach (var review in await db.MonitoringReviews.AsNoTracking().Where(r => r.PlanId == previousPlanId).ToListAsync(ct))
        {
            if (taken.Contains(review.Period)) continue;
            db.MonitoringReviews.Add(new MonitoringReview
            {
                PlanId = revision.Id,
                Period = review.Period,
                DocumentNumber = review.DocumentNumber,
                ReviewedOn = review.ReviewedOn,
                Conclusion = review.Conclusion,
                Findings = review.Findings.Where(f => map.ContainsKey(f.RowId)).Select(f => f with { RowId = map[f.RowId] }).ToList(),
                ReviewerName = review.ReviewerName,
                CreatedAt = review.CreatedAt,
                UpdatedAt = review.UpdatedAt,
            });
        }
        await db.SaveChangesAsync(ct);
    }
}
