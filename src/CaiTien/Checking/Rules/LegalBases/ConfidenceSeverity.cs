namespace CaiTien.Checking.Rules.LegalBases;

/// <summary>How sure the catalog is decides how loud a legal-basis finding is: high → error, medium → warning,
/// anything less → info.</summary>
internal static class ConfidenceSeverity
{
    public static string Of(string confidence) =>
        confidence.StartsWith("high", StringComparison.OrdinalIgnoreCase) ? Severities.Error
        : confidence.StartsWith("medium", StringComparison.OrdinalIgnoreCase) ? Severities.Warning
        : Severities.Info;
}
