using CaiTien.Accounts;
using CaiTien.Audit;
using CaiTien.Data;
using CaiTien.Documents.Import.Staff;
using Microsoft.EntityFrameworkCore;

namespace CaiTien.Schools;

/// <summary>The principal loads the school's staff list from Excel: a preview first (who is new, who is updated,
/// every error with its row and column), then, only when the file has no error and the principal confirms, all rows
/// are written in one save. People already on the list are matched by name and updated; nobody is removed.</summary>
public static class ImportStaffList
{
    public enum Change { Added, Updated, Unchanged }

    public sealed record Line(StaffListRow Row, Change Change);

    public sealed record Result(IReadOnlyList<Line> Lines, IReadOnlyList<StaffListError> Errors, bool Saved)
    {
        public bool Ok => Errors.Count == 0;
    }

    public static async Task<Result> RunAsync(CaiTienDb db, CurrentUser me, Stream file, bool confirm, TimeProvider clock, CancellationToken ct = default)
    {
        if (!me.IsPrincipal) return new([], [new(null, null, "Chỉ Hiệu trưởng được nhập danh sách cán bộ.")], false);
        var read = StaffListReader.Read(file);
        if (!read.Ok) return new([], read.Errors, false);
        var schoolId = me.SchoolId!.Value;
        var existing = await db.Staff.Where(s => s.SchoolId == schoolId).ToListAsync(ct);
        var byName = existing.GroupBy(s => StaffListReader.Fold(s.FullName)).ToDictionary(g => g.Key, g => g.First());
        var lines = new List<Line>();
        foreach (var row in read.Rows)
        {
            if (byName.TryGetValue(StaffListReader.Fold(row.FullName), out var member))
            {
                var same = member.Position == row.Position && member.Team == row.Team && member.Email == row.Email && member.Phone == row.Phone;
                lines.Add(new Line(row, same ? Change.Unchanged : Change.Updated));
                if (confirm && !same)
                {
                    member.Position = row.Position;
                    member.Team = row.Team;
                    member.Email = row.Email;
                    member.Phone = row.Phone;
                }
            }
            else
            {
                lines.Add(new Line(row, Change.Added));
                if (confirm)
                    db.Staff.Add(new StaffMember { SchoolId = schoolId, FullName = row.FullName, Position = row.Position, Team = row.Team, Email = row.Email, Phone = row.Phone });
            }
        }
        if (!confirm) return new(lines, [], false);
        var (actorId, actorName) = AuditActor.Now;
        db.Set<AuditEntry>().Add(new AuditEntry
        {
            At = clock.GetUtcNow(), UserId = actorId, UserName = actorName, Entity = "StaffList", EntityId = schoolId.ToString(), Action = "Imported",
            After = $"{{\"added\":{lines.Count(l => l.Change == Change.Added)},\"updated\":{lines.Count(l => l.Change == Change.Updated)}}}",
        });
        await db.SaveChangesAsync(ct);
        return new(lines, [], true);
    }
}
