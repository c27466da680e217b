namespace CaiTien.Oversight;

/// <summary>An in-app message to everyone of one unit: a school (from its Phòng) or a district (from its schools).</summary>
public sealed class Notification
{
    public int Id { get; set; }
    public int? SchoolId { get; set; }
    public int? DistrictId { get; set; }
    public required string Message { get; set; }
    public required string Link { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
}

/// <summary>The newest notification a user has seen when last opening the list; later ones count as unread.
/// Ids rather than times, because SQLite cannot compare stored date-times with offsets.</summary>
public sealed class NotificationSeen
{
    public required string UserId { get; set; }
    public int LastSeenId { get; set; }
}
