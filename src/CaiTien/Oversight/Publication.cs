namespace CaiTien.Oversight;

/// <summary>An issued snapshot made public (Thông tư 09/2024): the PDF is rendered once and stored, so the
/// SHA-256 shown on the public page always matches the file served.</summary>
public sealed class Publication
{
    public int Id { get; set; }
    public int PlanId { get; set; }
    public int SchoolId { get; set; }
    public int SnapshotId { get; set; }
    public required string SchoolYear { get; set; }
    public int Revision { get; set; }
    public DateTimeOffset PublishedAt { get; set; }
    public required string PublishedBy { get; set; }
    public required byte[] Pdf { get; set; }
    public required string PdfSha256 { get; set; }
    public required string PdfFileName { get; set; }
}
