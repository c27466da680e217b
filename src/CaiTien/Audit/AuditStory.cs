using System.Text.Json;

namespace CaiTien.Audit;

/// <summary>One field of one change: what it was and what it became, as a person reads them.</summary>
public sealed record AuditChange(string Field, string Before, string After);

/// <summary>One audit entry told as a Vietnamese sentence ("Sửa dòng 3 (tiêu chí 1.2)") with its changed fields.</summary>
public sealed record AuditLine(long Id, DateTimeOffset At, string Who, string Sentence, IReadOnlyList<AuditChange> Changes);

/// <summary>Tells audit entries as sentences. Rows are named by their place in the plan today and their criterion;
/// a row deleted since is named by the criterion it had.</summary>
public sealed class AuditStory(IReadOnlyList<(int Id, string Criterion)> rowsInOrder, IEnumerable<AuditEntry> entries)
{
    private const int LongestValue = 300;

    private readonly Dictionary<int, string> _rows = Names(rowsInOrder, entries);

    private static Dictionary<int, string> Names(IReadOnlyList<(int Id, string Criterion)> rowsInOrder, IEnumerable<AuditEntry> entries)
    {
        var names = new Dictionary<int, string>();
        foreach (var entry in entries.Where(e => e is { Entity: "PlanRow", Action: "Deleted" }))
            if (int.TryParse(entry.EntityId, out var id) && Values(entry.Before).TryGetValue("Criterion", out var criterion))
                names[id] = $"dòng đã xóa (tiêu chí {criterion.GetString()})";
        for (var i = 0; i < rowsInOrder.Count; i++)
            names[rowsInOrder[i].Id] = $"dòng {i + 1} (tiêu chí {rowsInOrder[i].Criterion})";
        return names;
    }

    public AuditLine Tell(AuditEntry entry)
    {
        var before = Values(entry.Before);
        var after = Values(entry.After);
        var changes = Changes(entry, before, after);
        return new AuditLine(entry.Id, entry.At, entry.UserName, Sentence(entry, before, after, changes), changes);
    }

    private string Sentence(AuditEntry entry, Dictionary<string, JsonElement> before, Dictionary<string, JsonElement> after, List<AuditChange> changes)
    {
        var now = entry.Action == "Deleted" ? before : after;
        string Row(string key) => now.TryGetValue(key, out var id) && id.TryGetInt32(out var rowId) ? RowName(rowId) : "một dòng";
        string Quoted(string key) => now.TryGetValue(key, out var v) && v.ValueKind == JsonValueKind.String ? $"«{v.GetString()}»" : "";
        return (entry.Entity, entry.Action) switch
        {
            ("Plan", "Added") => "Tạo kế hoạch",
            ("Plan", "Modified") when Text(before, "Status") == "Draft" && Text(after, "Status") == "Issued" => "Ban hành kế hoạch",
            ("Plan", "Modified") => "Sửa phần văn bản của kế hoạch",
            ("Plan", "Deleted") => "Xóa kế hoạch",
            ("PlanRow", "Added") => "Thêm " + RowName(entry.EntityId),
            ("PlanRow", "Modified") when changes.Count == 0 && after.ContainsKey("Position") => $"Chuyển {RowName(entry.EntityId)} sang vị trí mới",
            ("PlanRow", "Modified") when changes is [{ Field: "Đã hoàn thành" }] =>
                (Text(after, "Completed") == "True" ? "Đánh dấu hoàn thành " : "Bỏ đánh dấu hoàn thành ") + RowName(entry.EntityId),
            ("PlanRow", "Modified") => "Sửa " + RowName(entry.EntityId),
            ("PlanRow", "Deleted") => "Xóa " + RowName(entry.EntityId),
            ("RowProgress", "Deleted") => "Xóa tiến độ của " + Row("PlanRowId"),
            ("RowProgress", _) => "Cập nhật tiến độ " + Row("PlanRowId"),
            ("EvidenceFile", "Added") => $"Tải lên minh chứng {Quoted("Title")} cho {Row("PlanRowId")}",
            ("EvidenceFile", "Modified") => $"Sửa thông tin minh chứng {Quoted("Title")} của {Row("PlanRowId")}",
            ("EvidenceFile", "Deleted") => $"Xóa minh chứng {Quoted("Title")} của {Row("PlanRowId")}",
            ("MonitoringReview", var action) => $"{Verb(action)} kết quả giám sát {Period(now)}".TrimEnd(),
            _ => $"{Verb(entry.Action)} {ReadAuditLog.EntityLabel(entry.Entity).ToLowerInvariant()} số {entry.EntityId}",
        };
    }

    private static string Verb(string action) => action switch { "Added" => "Ghi", "Deleted" => "Xóa", _ => "Sửa" };

    private static string Period(Dictionary<string, JsonElement> values) =>
        values.TryGetValue("Period", out var period) ? AuditFields.Read("MonitoringReview", "Period", period) : "";

    private string RowName(string entityId) => int.TryParse(entityId, out var id) ? RowName(id) : "một dòng";

    private string RowName(int rowId) => _rows.TryGetValue(rowId, out var name) ? name : "một dòng của bản trước";

    /// <summary>Changed fields for an edit; the filled-in fields for something new; nothing for a deletion.</summary>
    private static List<AuditChange> Changes(AuditEntry entry, Dictionary<string, JsonElement> before, Dictionary<string, JsonElement> after)
    {
        var changes = new List<AuditChange>();
        if (entry.Action == "Deleted") return changes;
        foreach (var property in AuditFields.Shown(entry.Entity))
        {
            if (!after.TryGetValue(property, out var now)) continue;
            var was = entry.Action == "Modified" && before.TryGetValue(property, out var old) ? Cut(AuditFields.Read(entry.Entity, property, old)) : "";
            var becomes = Cut(AuditFields.Read(entry.Entity, property, now));
            if (was != becomes) changes.Add(new AuditChange(AuditFields.Label(entry.Entity, property)!, was, becomes));
        }
        return changes;
    }

    private static string Cut(string value) => value.Length <= LongestValue ? value : value[..LongestValue].TrimEnd() + "…";

    private static string? Text(Dictionary<string, JsonElement> values, string key) =>
        values.TryGetValue(key, out var v) ? v.ValueKind switch { JsonValueKind.String => v.GetString(), JsonValueKind.True => "True", JsonValueKind.False => "False", _ => v.ToString() } : null;

    private static Dictionary<string, JsonElement> Values(string? json)
    {
        if (string.IsNullOrEmpty(json)) return [];
        using var document = JsonDocument.Parse(json);
        return document.RootElement.ValueKind == JsonValueKind.Object
            ? document.RootElement.EnumerateObject().ToDictionary(p => p.Name, p => p.Value.Clone())
            : [];
    }
}
