using CaiTien.Plans;

namespace CaiTien.Progress;

/// <summary>Deadlines come from a row's end month (YYYY-MM): the row is due by that month's last day.</summary>
public static class Deadlines
{
    public static DateOnly? DueOn(string? endMonth)
    {
        if (endMonth is not { Length: 7 } || !int.TryParse(endMonth[..4], out var y) || !int.TryParse(endMonth[5..], out var m) || m is < 1 or > 12)
            return null;
        return new DateOnly(y, m, DateTime.DaysInMonth(y, m));
    }

    /// <summary>The end month has passed and the row is not complete.</summary>
    public static bool IsOverdue(PlanRow row, DateOnly today) => !row.Completed && DueOn(row.End) is { } due && due < today;

    public static DateOnly Today(TimeProvider clock) => DateOnly.FromDateTime(clock.GetLocalNow().DateTime);
}
