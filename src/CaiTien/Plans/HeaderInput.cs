using CaiTien.Documents.Interchange;

namespace CaiTien.Plans;

/// <summary>The letter's header and prose parts as typed: lists are one entry per line; in the organisation
/// text a line starting with "-" is a duty of the role above it.</summary>
public sealed record HeaderInput
{
    public string? GoverningBody { get; init; }
    public string SchoolName { get; init; } = "";
    public string? DocumentNumber { get; init; }
    public string? Place { get; init; }
    public DateOnly? IssuedOn { get; init; }
    public string? Title { get; init; }
    public string? Purposes { get; init; }
    public string? LegalBases { get; init; }
    public string? Organization { get; init; }
    public string? Recipients { get; init; }
    public string? SignerTitle { get; init; }
    public string? SignerName { get; init; }

    public static HeaderInput From(Plan plan) => new()
    {
        GoverningBody = plan.GoverningBody,
        SchoolName = plan.SchoolName,
        DocumentNumber = plan.DocumentNumber,
        Place = plan.Place,
        IssuedOn = plan.IssuedOn,
        Title = plan.Title,
        Purposes = string.Join('\n', plan.Purposes),
        LegalBases = string.Join('\n', plan.LegalBases.Select(b => b.Text)),
        Organization = string.Join('\n', plan.Organization.SelectMany(r => r.Duties.Select(d => "- " + d).Prepend(r.Role))),
        Recipients = string.Join('\n', plan.Recipients),
        SignerTitle = plan.SignerTitle,
        SignerName = plan.SignerName,
    };

    public static List<string> Lines(string? text) =>
        (text ?? "").Split('\n').Select(l => StripMarker(l.Trim())).Where(l => l.Length > 0).ToList();

    public static List<OrganizationRole> Roles(string? text)
    {
        var roles = new List<OrganizationRole>();
        foreach (var raw in (text ?? "").Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0))
        {
            if (raw.StartsWith('-') || raw.StartsWith('*') || raw.StartsWith('+'))
            {
                if (roles.Count == 0) roles.Add(new OrganizationRole { Role = "" });
                roles[^1].Duties.Add(StripMarker(raw));
            }
            else roles.Add(new OrganizationRole { Role = raw.TrimEnd(':') });
        }
        return roles;
    }

    private static string StripMarker(string line) => line.TrimStart('-', '*', '+', '•', ' ').Trim();
}
