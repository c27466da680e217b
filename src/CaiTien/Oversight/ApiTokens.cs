using System.Security.Cryptography;
using System.Text;
using CaiTien.Data;
using Microsoft.EntityFrameworkCore;

namespace CaiTien.Oversight;

/// <summary>Creating and checking the bearer tokens of district systems. Tokens are random, stored as SHA-256.</summary>
public static class ApiTokens
{
    public const string Prefix = "ct_";

    public static string Hash(string token) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token)));

    /// <summary>Stores a new token for the district and returns it; it cannot be read back later.</summary>
    public static async Task<string> CreateAsync(CaiTienDb db, int districtId, string name, TimeProvider clock, string? token = null, CancellationToken ct = default)
    {
        token ??= Prefix + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(24));
        db.DistrictApiTokens.Add(new DistrictApiToken { DistrictId = districtId, Name = name, TokenHash = Hash(token), CreatedAt = clock.GetUtcNow() });
        await db.SaveChangesAsync(ct);
        return token;
    }

    /// <summary>The district a presented token acts for, or null when it is unknown or revoked.</summary>
    public static async Task<int?> DistrictOfAsync(CaiTienDb db, string? token, CancellationToken ct = default)
    {
        if (string.IsNullOrWhiteSpace(token) || token.Length > 200) return null;
        var hash = Hash(token.Trim());
        var found = await db.DistrictApiTokens.Where(t => t.TokenHash == hash && t.RevokedAt == null)
            .Select(t => new { t.DistrictId, t.ExpiresAt }).FirstOrDefaultAsync(ct);
        // Compared here rather than in SQL: SQLite cannot compare stored date-times with offsets.
        return found is not null && (found.ExpiresAt is null || found.ExpiresAt > DateTimeOffset.UtcNow) ? found.DistrictId : null;
    }
}
