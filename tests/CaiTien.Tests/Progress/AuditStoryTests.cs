using CaiTien.Audit;

namespace CaiTien.Tests.Progress;

public sealed class AuditStoryTests
{
    private static AuditEntry Entry(long id, string entity, string entityId, string action, string? before, string? after) => new()
    {
        Id = id, At = DateTimeOffset.UtcNow, UserName = "Đỗ Thị Hạnh (hieutruong.thdp)", PlanId = 1,
        Entity = entity, EntityId = entityId, Action = action, Before = before, After = after,
    };

    [Fact]
    public void A_row_edit_names_the_row_by_place_and_criterion_and_each_field_old_to_new()
    {
        var edit = Entry(2, "PlanRow", "12", "Modified",
            """{"Lead":"Hiệu trưởng","BudgetVnd":1500000,"End":"2026-03","Version":3}""",
            """{"Lead":"Phó hiệu trưởng","BudgetVnd":13500000,"End":"2026-05","Version":4}""");
        var line = new AuditStory([(10, "1.1"), (12, "1.2")], [edit]).Tell(edit);

        Assert.Equal("Sửa dòng 2 (tiêu chí 1.2)", line.Sentence);
        Assert.Equal(
            [new AuditChange("Chủ trì", "Hiệu trưởng", "Phó hiệu trưởng"), new AuditChange("Kết thúc", "03/2026", "05/2026"),
             new AuditChange("Kinh phí tính ra", "1.500.000 đồng", "13.500.000 đồng")],
            line.Changes);
    }

    [Fact]
    public void A_deleted_row_and_the_evidence_it_had_are_named_by_the_criterion_it_had()
    {
        var deleted = Entry(5, "PlanRow", "12", "Deleted", """{"Criterion":"2.3","Lead":"Tổ trưởng"}""", null);
        var file = Entry(4, "EvidenceFile", "7", "Added", null, """{"PlanRowId":12,"Title":"Biên bản họp tổ","FileName":"bb.pdf","Sha256":"ab"}""");
        var story = new AuditStory([(10, "1.1")], [deleted, file]);

        Assert.Equal("Xóa dòng đã xóa (tiêu chí 2.3)", story.Tell(deleted).Sentence);
        var upload = story.Tell(file);
        Assert.Equal("Tải lên minh chứng «Biên bản họp tổ» cho dòng đã xóa (tiêu chí 2.3)", upload.Sentence);
        Assert.Equal([new AuditChange("Tên minh chứng", "", "Biên bản họp tổ"), new AuditChange("Tệp", "", "bb.pdf")], upload.Changes);
    }

    [Fact]
    public void A_move_is_told_as_a_move_and_bookkeeping_fields_are_never_shown()
    {
        var move = Entry(3, "PlanRow", "10", "Modified", """{"Position":0,"Version":1}""", """{"Position":1,"Version":2}""");
        var line = new AuditStory([(12, "1.2"), (10, "1.1")], [move]).Tell(move);
        Assert.Equal("Chuyển dòng 2 (tiêu chí 1.1) sang vị trí mới", line.Sentence);
        Assert.Empty(line.Changes);
    }
}
