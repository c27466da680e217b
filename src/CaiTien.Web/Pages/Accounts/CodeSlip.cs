namespace CaiTien.Web.Pages.Accounts;

/// <summary>What a printed one-time code slip shows.</summary>
public sealed record CodeSlip(string FullName, string UserName, string Code, string Unit);
