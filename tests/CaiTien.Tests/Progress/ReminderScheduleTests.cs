using CaiTien.Progress.Reminders;

namespace CaiTien.Tests.Progress;

public sealed class ReminderScheduleTests
{
    [Theory]
    [InlineData(5, 0, 1, 0)]
    [InlineData(6, 0, 24, 0)]
    [InlineData(7, 30, 22, 30)]
    [InlineData(23, 59, 6, 1)]
    public void Next_run_is_the_next_6_oclock_local(int hour, int minute, int waitHours, int waitMinutes)
    {
        var now = new DateTimeOffset(2025, 3, 10, hour, minute, 0, TimeSpan.FromHours(7));
        Assert.Equal(new TimeSpan(waitHours, waitMinutes, 0), ReminderService.UntilNextRun(now));
    }

    [Fact]
    public void Default_calendar_runs_september_to_may_with_semester_one_to_mid_january()
    {
        var dates = SchoolCalendars.DatesOf(SchoolCalendars.Default, "2024-2025");
        Assert.Equal((new DateOnly(2024, 9, 5), new DateOnly(2025, 1, 15), new DateOnly(2025, 5, 31)), (dates.YearStart, dates.SemesterOneEnd, dates.YearEnd));
    }
}
