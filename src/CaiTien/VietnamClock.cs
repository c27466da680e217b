namespace CaiTien;

/// <summary>The system clock with Vietnam as its local time zone. Times are stored in UTC; "today", deadlines and
/// every time shown are Vietnam's, whatever zone the server was installed with (often UTC on a province's VM).</summary>
public sealed class VietnamClock : TimeProvider
{
    public static VietnamClock Instance { get; } = new();

    /// <summary>Asia/Ho_Chi_Minh from the system's zone data, else a fixed UTC+7 (Vietnam has no daylight saving).</summary>
    public static TimeZoneInfo Zone { get; } = Find();

    public override TimeZoneInfo LocalTimeZone => Zone;

    /// <summary>The moment as Vietnam's wall-clock time.</summary>
    public static DateTimeOffset InVietnam(DateTimeOffset moment) => TimeZoneInfo.ConvertTime(moment, Zone);

    /// <summary>The calendar day in Vietnam at that moment.</summary>
    public static DateOnly DayOf(DateTimeOffset moment) => DateOnly.FromDateTime(InVietnam(moment).DateTime);

    private static TimeZoneInfo Find()
    {
        try { return TimeZoneInfo.FindSystemTimeZoneById("Asia/Ho_Chi_Minh"); }
        catch (Exception e) when (e is TimeZoneNotFoundException or InvalidTimeZoneException)
        {
            return TimeZoneInfo.CreateCustomTimeZone("Asia/Ho_Chi_Minh", TimeSpan.FromHours(7), "Giờ Việt Nam", "Giờ Việt Nam");
        }
    }
}
