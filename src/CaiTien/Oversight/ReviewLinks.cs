namespace CaiTien.Oversight;

/// <summary>Addresses of the oversight pages, shared by use cases (notification links) and pages.</summary>
public static class ReviewLinks
{
    public static string Review(int planId) => $"/ke-hoach/{planId}/tham-dinh";

    public static string Plan(int planId) => $"/ke-hoach/{planId}";

    public static string Public(string schoolCode) => $"/cong-khai/{Uri.EscapeDataString(schoolCode)}";
}
