using CaiTien.Documents.Interchange;

namespace CaiTien.Checking.Rules.Items;

/// <summary>Whether a row holds nothing but its criterion code.</summary>
public static class EmptyRow
{
    public static bool IsEmpty(PlanItem item) =>
        PlanJson.TextFields(item).Where(f => f.Field != "criterionTitleAsWritten").All(f => CheckContext.IsBlank(f.Value))
        && item.Start is null && item.End is null && item.BudgetVnd is null;
}

/// <summary>A row with a criterion and nothing else.</summary>
public sealed class EmptyRowRule : ICheckRule
{
    public IReadOnlyList<string> Names { get; } = ["empty-row"];

    public IEnumerable<Finding> Run(CheckContext context)
    {
        for (var i = 0; i < context.Items.Count; i++)
            if (EmptyRow.IsEmpty(context.Items[i]))
                yield return new Finding(Names[0], Severities.Error, FindingLocation.ItemField(i, context.Items[i].Criterion, null),
                    $"Dòng {i + 1} (tiêu chí {context.Items[i].Criterion}) chưa có nội dung.",
                    "Điền mục tiêu, công việc, người chủ trì, thời gian — hoặc xóa dòng.");
    }
}

/// <summary>A row without anyone in charge (chủ trì).</summary>
public sealed class MissingLeadRule : ICheckRule
{
    public IReadOnlyList<string> Names { get; } = ["no-lead"];

    public IEnumerable<Finding> Run(CheckContext context)
    {
        for (var i = 0; i < context.Items.Count; i++)
        {
            var item = context.Items[i];
            if (!CheckContext.IsBlank(item.Lead) || EmptyRow.IsEmpty(item)) continue;
            yield return new Finding(Names[0], Severities.Warning, FindingLocation.ItemField(i, item.Criterion, "lead"),
                $"Tiêu chí {item.Criterion}: chưa ghi người hoặc bộ phận chủ trì thực hiện.",
                "Ghi người chủ trì (ví dụ: Hiệu trưởng, Phó Hiệu trưởng, Tổ trưởng chuyên môn).");
        }
    }
}

/// <summary>A row with nothing to do: no tasks and no measures, or no tasks where the layout has a tasks column
/// that the other rows fill.</summary>
public sealed class MissingTasksRule : ICheckRule
{
    public IReadOnlyList<string> Names { get; } = ["no-tasks"];

    public IEnumerable<Finding> Run(CheckContext context)
    {
        var tasksColumn = context.ColumnInUse(i => i.Tasks);
        for (var i = 0; i < context.Items.Count; i++)
        {
            var item = context.Items[i];
            if (!CheckContext.IsBlank(item.Tasks) || EmptyRow.IsEmpty(item)) continue;
            if (CheckContext.IsBlank(item.Measures))
                yield return new Finding(Names[0], Severities.Warning, FindingLocation.ItemField(i, item.Criterion, "tasks"),
                    $"Tiêu chí {item.Criterion}: chưa ghi công việc hay biện pháp cần thực hiện.",
                    "Ghi các công việc/giải pháp cụ thể để đạt kết quả.");
            else if (tasksColumn)
                yield return new Finding(Names[0], Severities.Warning, FindingLocation.ItemField(i, item.Criterion, "tasks"),
                    $"Tiêu chí {item.Criterion}: ô Công việc cần thực hiện để trống (chỉ có biện pháp).",
                    "Ghi công việc cần thực hiện cho điểm yếu của dòng này.");
        }
    }
}
