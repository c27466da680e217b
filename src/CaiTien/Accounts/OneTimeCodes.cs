using System.Security.Cryptography;

namespace CaiTien.Accounts;

/// <summary>One-time passwords that can be read aloud or printed: no look-alike characters (0/O, 1/l/I), grouped by
/// four, and always with upper case, lower case and a digit so they pass the password rules.</summary>
public static class OneTimeCodes
{
    private const string Upper = "ABCDEFGHJKMNPQRSTUVWXYZ";
    private const string Lower = "abcdefghjkmnpqrstuvwxyz";
    private const string Digits = "23456789";

    public static string New()
    {
        const string all = Upper + Lower + Digits;
        while (true)
        {
            var chars = Enumerable.Range(0, 12).Select(_ => all[RandomNumberGenerator.GetInt32(all.Length)]).ToArray();
            if (chars.Any(Upper.Contains) && chars.Any(Lower.Contains) && chars.Any(Digits.Contains))
                return $"{new string(chars[..4])}-{new string(chars[4..8])}-{new string(chars[8..])}";
        }
    }
}
