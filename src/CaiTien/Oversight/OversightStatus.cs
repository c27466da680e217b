namespace CaiTien.Oversight;

/// <summary>Where a school's plan of one school year stands, as the Phòng and Sở see it.</summary>
public enum OversightStatus
{
    None = 0,
    Draft = 1,
    Issued = 2,
    Submitted = 3,
    ChangesRequested = 4,
    Accepted = 5,
    Published = 6,
}

public static class OversightStatuses
{
    public static readonly IReadOnlyList<OversightStatus> All = Enum.GetValues<OversightStatus>();

    public static string Label(OversightStatus status) => status switch
    {
        OversightStatus.None => "Chưa có kế hoạch",
        OversightStatus.Draft => "Nháp",
        OversightStatus.Issued => "Đã ban hành",
        OversightStatus.Submitted => "Đã nộp Phòng",
        OversightStatus.ChangesRequested => "Phòng yêu cầu chỉnh sửa",
        OversightStatus.Accepted => "Phòng đã chấp nhận",
        OversightStatus.Published => "Đã công khai",
        _ => status.ToString(),
    };

    public static string Label(SubmissionStatus status) => status switch
    {
        SubmissionStatus.Submitted => "Chờ Phòng xem xét",
        SubmissionStatus.ChangesRequested => "Yêu cầu chỉnh sửa",
        SubmissionStatus.Accepted => "Chấp nhận",
        _ => status.ToString(),
    };

    /// <summary>Combines the newest plan revision, the newest submission and any publication of the year.
    /// A newer issued revision than the one submitted counts as "issued" until it is submitted too.</summary>
    public static OversightStatus Resolve(bool hasPlan, bool latestIsIssued, int latestRevision, (SubmissionStatus Status, int Revision)? submission, bool published)
    {
        if (!hasPlan) return OversightStatus.None;
        if (published) return OversightStatus.Published;
        if (submission is { } s && !(latestRevision > s.Revision && latestIsIssued))
            return s.Status switch
            {
                SubmissionStatus.Submitted => OversightStatus.Submitted,
                SubmissionStatus.ChangesRequested => OversightStatus.ChangesRequested,
                _ => OversightStatus.Accepted,
            };
        return latestIsIssued ? OversightStatus.Issued : OversightStatus.Draft;
    }
}
