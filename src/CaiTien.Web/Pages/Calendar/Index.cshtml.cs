using CaiTien.Data;
using CaiTien.Progress.Reminders;
using CaiTien.Schools;
using CaiTien.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;

namespace CaiTien.Web.Pages.Calendar;

public sealed class IndexModel(CaiTienDb db, TimeProvider clock) : AppPageModel
{
    [BindProperty(SupportsGet = true, Name = "nam")] public string? Year { get; set; }
    public ManageSchoolCalendar.Calendar Calendar { get; private set; } = null!;
    public string? Error { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct) => await LoadAsync(ct) ? Page() : Forbid();

    public Task<IActionResult> OnPostHolidayAsync(string? name, DateOnly? from, DateOnly? to, CancellationToken ct) =>
        After(ManageSchoolCalendar.AddHolidayAsync(db, Me, SchoolYear, name, from, to, clock, ct), ct);

    public Task<IActionResult> OnPostRemoveAsync(int id, CancellationToken ct) =>
        After(ManageSchoolCalendar.RemoveHolidayAsync(db, Me, id, clock, ct), ct);

    public Task<IActionResult> OnPostTermAsync(DateOnly? start, DateOnly? semesterOneEnd, DateOnly? end, CancellationToken ct) =>
        After(ManageSchoolCalendar.SetTermDatesAsync(db, Me, SchoolYear, start, semesterOneEnd, end, clock, ct), ct);

    public string SchoolYear => Year is { } y && SchoolYears.IsValid(y) ? y : SchoolYears.Containing(DateOnly.FromDateTime(clock.GetLocalNow().DateTime));

    private async Task<IActionResult> After(Task<string?> change, CancellationToken ct)
    {
        var error = await change;
        if (error is null) return RedirectToPage(new { nam = SchoolYear });
        Error = error;
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return await LoadAsync(ct) ? Page() : Forbid();
    }

    private async Task<bool> LoadAsync(CancellationToken ct)
    {
        var calendar = await ManageSchoolCalendar.LoadAsync(db, Me, SchoolYear, ct);
        if (calendar is null) return false;
        Calendar = calendar;
        return true;
    }
}
