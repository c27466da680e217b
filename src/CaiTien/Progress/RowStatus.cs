namespace CaiTien.Progress;

/// <summary>Where a plan row stands while the plan is carried out.</summary>
public enum RowStatus
{
    NotStarted = 0,
    InProgress = 1,
    Done = 2,
    Late = 3,
    NotDone = 4,
}

public static class RowStatuses
{
    public static readonly IReadOnlyList<RowStatus> All =
        [RowStatus.NotStarted, RowStatus.InProgress, RowStatus.Done, RowStatus.Late, RowStatus.NotDone];

    public static string Label(RowStatus status) => status switch
    {
        RowStatus.NotStarted => "Chưa bắt đầu",
        RowStatus.InProgress => "Đang thực hiện",
        RowStatus.Done => "Hoàn thành",
        RowStatus.Late => "Chậm",
        RowStatus.NotDone => "Không thực hiện",
        _ => status.ToString(),
    };

    /// <summary>Bootstrap colour of the status badge.</summary>
    public static string Tone(RowStatus status) => status switch
    {
        RowStatus.Done => "success",
        RowStatus.InProgress => "primary",
        RowStatus.Late => "warning",
        RowStatus.NotDone => "danger",
        _ => "secondary",
    };
}
