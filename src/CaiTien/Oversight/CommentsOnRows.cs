using CaiTien.Data;
using CaiTien.Plans;
using Microsoft.EntityFrameworkCore;

namespace CaiTien.Oversight;

/// <summary>The district's remarks on rows of a plan and of its earlier revisions, placed on the row of this plan
/// that carries the same row identity. A remark made on an earlier revision is answered when that row has been
/// changed since.</summary>
public static class CommentsOnRows
{
    public sealed record Line(int RowId, string Text, string AuthorName, DateTimeOffset CreatedAt, int Revision, bool Answered);

    public static async Task<ILookup<int, Line>> ForAsync(CaiTienDb db, Plan plan, CancellationToken ct = default)
    {
        var revisions = new Dictionary<int, int> { [plan.Id] = plan.Revision };
        for (var previous = plan.PreviousRevisionId; previous is { } id && !revisions.ContainsKey(id);)
        {
            var earlier = await db.Plans.AsNoTracking().Where(p => p.Id == id)
                .Select(p => new { p.Id, p.Revision, p.PreviousRevisionId }).FirstOrDefaultAsync(ct);
            if (earlier is null) break;
            revisions[earlier.Id] = earlier.Revision;
            previous = earlier.PreviousRevisionId;
        }
        var ids = revisions.Keys.ToList();
        var comments = await db.ReviewComments.AsNoTracking().Where(c => ids.Contains(c.PlanId) && c.PlanRowId != null)
            .OrderBy(c => c.Id).ToListAsync(ct);
        if (comments.Count == 0) return Array.Empty<Line>().ToLookup(l => l.RowId);
        var rowIds = comments.Select(c => c.PlanRowId!.Value).Distinct().ToList();
        var commented = await db.PlanRows.AsNoTracking().Where(r => rowIds.Contains(r.Id)).ToDictionaryAsync(r => r.Id, ct);
        var byKey = plan.Items.Where(r => r.RowKey != Guid.Empty).GroupBy(r => r.RowKey).ToDictionary(g => g.Key, g => g.First());
        var lines = new List<Line>();
        foreach (var c in comments)
        {
            if (!commented.TryGetValue(c.PlanRowId!.Value, out var seen)) continue;
            var current = c.PlanId == plan.Id ? plan.Items.FirstOrDefault(r => r.Id == seen.Id) : byKey.GetValueOrDefault(seen.RowKey);
            if (current is null) continue;
            var answered = c.PlanId != plan.Id && RowInput.From(seen) != RowInput.From(current);
            lines.Add(new Line(current.Id, c.Text, c.AuthorName, c.CreatedAt, revisions[c.PlanId], answered));
        }
        return lines.ToLookup(l => l.RowId);
    }
}
