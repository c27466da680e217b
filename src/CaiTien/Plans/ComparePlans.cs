using CaiTien.Documents.Interchange;

namespace CaiTien.Plans;

/// <summary>A readable difference between an issued plan and its revision: what changed in the letter and
/// which table rows were added, removed or changed (field by field).</summary>
public static class ComparePlans
{
    public enum Change { Added, Removed, Changed }

    public sealed record Difference(string Where, string What, Change Change, string? Before, string? After);

    public static IReadOnlyList<Difference> Between(PlanDocument before, PlanDocument after)
    {
        var diff = new List<Difference>();
        void Field(string what, string? a, string? b)
        {
            if (!string.Equals(a ?? "", b ?? "", StringComparison.Ordinal)) diff.Add(new("Đầu văn bản", what, Change.Changed, a, b));
        }
        Field("Cơ quan chủ quản", before.School.GoverningBody, after.School.GoverningBody);
        Field("Tên trường", before.School.Name, after.School.Name);
        Field("Số văn bản", before.DocumentNumber, after.DocumentNumber);
        Field("Địa danh", before.School.Place, after.School.Place);
        Field("Ngày ban hành", before.IssuedOn?.ToString("dd/MM/yyyy"), after.IssuedOn?.ToString("dd/MM/yyyy"));
        Field("Tiêu đề", before.Title, after.Title);
        Field("Người ký", Signer(before.Signer), Signer(after.Signer));
        Lines(diff, "Mục đích, yêu cầu", before.Purposes, after.Purposes);
        Lines(diff, "Căn cứ", before.LegalBases.Select(b => b.Text).ToList(), after.LegalBases.Select(b => b.Text).ToList());
        Lines(diff, "Tổ chức thực hiện", Flatten(before.Organization), Flatten(after.Organization));
        Lines(diff, "Nơi nhận", before.Recipients, after.Recipients);
        Rows(diff, before.Items, after.Items);
        return diff;
    }

    private static void Lines(List<Difference> diff, string where, IReadOnlyList<string> a, IReadOnlyList<string> b)
    {
        foreach (var removed in a.Except(b)) diff.Add(new(where, "Dòng", Change.Removed, removed, null));
        foreach (var added in b.Except(a)) diff.Add(new(where, "Dòng", Change.Added, null, added));
    }

    private static void Rows(List<Difference> diff, IReadOnlyList<PlanItem> a, IReadOnlyList<PlanItem> b)
    {
        var unmatchedOld = a.Select((item, i) => (item, i)).Where(x => !b.Contains(x.item)).ToList();
        var unmatchedNew = b.Select((item, i) => (item, i)).Where(x => !a.Contains(x.item)).ToList();
        foreach (var (item, i) in unmatchedNew.ToList())
        {
            var partner = unmatchedOld.FirstOrDefault(o => o.item.Criterion == item.Criterion);
            if (partner.item is null) continue;
            unmatchedOld.Remove(partner);
            unmatchedNew.Remove((item, i));
            foreach (var (field, oldValue) in Fields(partner.item))
            {
                var newValue = Fields(item).First(f => f.Field == field).Value;
                if (!string.Equals(oldValue ?? "", newValue ?? "", StringComparison.Ordinal))
                    diff.Add(new($"Bảng kế hoạch, dòng {i + 1} (tiêu chí {item.Criterion})", PlanFieldNames.Label(field), Change.Changed, oldValue, newValue));
            }
        }
        foreach (var (item, i) in unmatchedOld)
            diff.Add(new($"Bảng kế hoạch, dòng {i + 1} cũ", $"Tiêu chí {item.Criterion}", Change.Removed, Summary(item), null));
        foreach (var (item, i) in unmatchedNew)
            diff.Add(new($"Bảng kế hoạch, dòng {i + 1}", $"Tiêu chí {item.Criterion}", Change.Added, null, Summary(item)));
    }

    private static IEnumerable<(string Field, string? Value)> Fields(PlanItem item) =>
        PlanJson.TextFields(item).Prepend(("targetLevel", item.TargetLevel?.ToString()));

    private static string Summary(PlanItem item) =>
        string.Join(" · ", new[] { item.Weakness, item.TargetResult, item.Tasks, item.Lead, item.TimeText }.Where(s => !string.IsNullOrWhiteSpace(s)));

    private static List<string> Flatten(IEnumerable<OrganizationRole> roles) =>
        roles.SelectMany(r => r.Duties.Select(d => $"{r.Role}: {d}").Prepend(r.Role)).ToList();

    private static string? Signer(Signer? s) => s is null ? null : $"{s.Title} {s.Name}".Trim();
}
