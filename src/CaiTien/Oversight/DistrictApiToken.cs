namespace CaiTien.Oversight;

/// <summary>A bearer token a district's own system uses to read its schools' plans. Only the SHA-256 of the
/// token is stored; the token itself is shown once when created.</summary>
public sealed class DistrictApiToken
{
    public int Id { get; set; }
    public int DistrictId { get; set; }
    public required string Name { get; set; }
    public required string TokenHash { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset? RevokedAt { get; set; }
    /// <summary>After this moment the token is refused; null for a token without an end date.</summary>
    public DateTimeOffset? ExpiresAt { get; set; }
}
