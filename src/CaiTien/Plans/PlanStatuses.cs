namespace CaiTien.Plans;

/// <summary>How a plan's state reads: an issued plan whose next revision is issued too has been replaced.</summary>
public static class PlanStatuses
{
    public static string Label(PlanStatus status, bool superseded) =>
        status == PlanStatus.Draft ? "Nháp" : superseded ? "Đã thay thế" : "Đã ban hành";

    public static string ApiName(PlanStatus status, bool superseded) =>
        status == PlanStatus.Draft ? "draft" : superseded ? "superseded" : "issued";
}
