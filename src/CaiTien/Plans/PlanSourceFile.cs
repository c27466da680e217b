namespace CaiTien.Plans;

/// <summary>The Word/Excel file a plan was imported from, kept on disk beside the data so each row can point
/// back to where it came from.</summary>
public sealed class PlanSourceFile
{
    public int Id { get; set; }
    public int PlanId { get; set; }
    public required string FileName { get; set; }
    public required string StoredPath { get; set; }
    public required string Sha256 { get; set; }
    public long Length { get; set; }
    public DateTimeOffset ImportedAt { get; set; }
    public required string ImportedBy { get; set; }
}
