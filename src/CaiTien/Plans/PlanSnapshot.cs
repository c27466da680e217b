using System.Security.Cryptography;
using System.Text;
using CaiTien.Documents.Interchange;

namespace CaiTien.Plans;

/// <summary>The plan exactly as issued (caitien.plan/1 JSON), never changed afterwards.</summary>
public sealed class PlanSnapshot
{
    public int Id { get; set; }
    public int PlanId { get; set; }
    public int Revision { get; set; }
    public required string Json { get; set; }
    public required string Sha256 { get; set; }
    public DateTimeOffset IssuedAt { get; set; }
    public required string IssuedBy { get; set; }

    public static PlanSnapshot Of(Plan plan, PlanDocument doc)
    {
        var json = PlanJson.Serialize(doc);
        return new PlanSnapshot
        {
            PlanId = plan.Id,
            Revision = plan.Revision,
            Json = json,
            Sha256 = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(json))),
            IssuedAt = plan.IssuedAt ?? DateTimeOffset.UtcNow,
            IssuedBy = plan.IssuedBy ?? "",
        };
    }

    public PlanDocument Document() => PlanJson.Read(Json).Plan!;
}
