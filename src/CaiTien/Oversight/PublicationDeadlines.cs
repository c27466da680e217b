using CaiTien.Schools;

namespace CaiTien.Oversight;

/// <summary>Thông tư 09/2024/TT-BGDĐT on công khai: the plan of a school year is public by 30/6, and a change
/// is made public within 10 working days. Working days are Monday to Friday outside the holidays of the school
/// calendar (its own and its province's, page "Lịch năm học"); holidays not entered there count as working days.</summary>
public static class PublicationDeadlines
{
    public const int UpdateWorkingDays = 10;

    public sealed record Warning(bool Urgent, string Message);

    public static DateOnly YearlyDeadline(string schoolYear) => new(SchoolYears.StartYear(schoolYear) + 1, 6, 30);

    public static DateOnly AddWorkingDays(DateOnly from, int days, IReadOnlyList<(DateOnly From, DateOnly To)>? holidays = null)
    {
        var date = from;
        while (days > 0)
        {
            date = date.AddDays(1);
            if (Progress.Reminders.SchoolHolidays.IsWorkingDay(date, holidays ?? [])) days--;
        }
        return date;
    }

    /// <param name="latestIssued">Newest issued revision of the year and the day it was issued, if any.</param>
    /// <param name="published">Newest published revision, if any.</param>
    public static IReadOnlyList<Warning> For(string schoolYear, DateOnly today, (int Revision, DateOnly IssuedOn)? latestIssued, int? published,
        IReadOnlyList<(DateOnly From, DateOnly To)>? holidays = null)
    {
        if (!SchoolYears.IsValid(schoolYear) || latestIssued is not { } issued) return [];
        var warnings = new List<Warning>();
        if (published is null)
        {
            var deadline = YearlyDeadline(schoolYear);
            var left = deadline.DayNumber - today.DayNumber;
            warnings.Add(left < 0
                ? new Warning(true, $"Đã quá hạn công khai kế hoạch (30/6/{deadline.Year}) {-left} ngày. Hãy công khai ngay.")
                : new Warning(left <= 30, $"Kế hoạch năm học {schoolYear} cần được công khai trước ngày 30/6/{deadline.Year} (còn {left} ngày)."));
        }
        else if (published < issued.Revision)
        {
            var due = AddWorkingDays(issued.IssuedOn, UpdateWorkingDays, holidays);
            var late = today > due;
            warnings.Add(new Warning(late, late
                ? $"Bản điều chỉnh ban hành ngày {issued.IssuedOn:dd/MM/yyyy} lẽ ra phải công khai trước {due:dd/MM/yyyy} (10 ngày làm việc). Hãy công khai ngay."
                : $"Bản điều chỉnh ban hành ngày {issued.IssuedOn:dd/MM/yyyy} phải được công khai trong 10 ngày làm việc, chậm nhất ngày {due:dd/MM/yyyy}."));
        }
        return warnings;
    }
}
