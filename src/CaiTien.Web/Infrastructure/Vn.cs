using System.Globalization;

namespace CaiTien.Web.Infrastructure;

/// <summary>Vietnamese display formats: dd/MM/yyyy dates, "35.000.000 đồng", months as MM/yyyy.</summary>
public static class Vn
{
    public static readonly CultureInfo Culture = CultureInfo.GetCultureInfo("vi-VN");

    public static string Money(long? vnd) => vnd is null ? "" : vnd.Value.ToString("#,##0", Culture) + " đồng";

    public static string Date(DateOnly? date) => date?.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture) ?? "";

    /// <summary>Stored UTC moments are shown in Vietnam time, whatever the server's zone.</summary>
    public static string Date(DateTimeOffset? date) =>
        date is { } d ? VietnamClock.InVietnam(d).ToString("dd/MM/yyyy HH:mm", CultureInfo.InvariantCulture) : "";

    public static string Day(DateTimeOffset? date) =>
        date is { } d ? VietnamClock.InVietnam(d).ToString("dd/MM/yyyy", CultureInfo.InvariantCulture) : "";

    public static string Month(string? yyyyMm) =>
        yyyyMm is { Length: 7 } ? $"{yyyyMm[5..]}/{yyyyMm[..4]}" : "";

    public static string DateLine(string? place, DateOnly? date) =>
        $"{(string.IsNullOrWhiteSpace(place) ? "……" : place)}, ngày {date?.Day.ToString() ?? "…"} tháng {date?.Month.ToString() ?? "…"} năm {date?.Year.ToString() ?? "……"}";

    public static string Percent(int part, int whole) =>
        whole == 0 ? "" : (100.0 * part / whole).ToString("0.##", Culture) + "%";

    /// <summary>A percentage with a decimal comma ("6,7%"); style attributes keep the invariant point.</summary>
    public static string Percent(double value) => value.ToString("0.#", Culture) + "%";
}
