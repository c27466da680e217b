using CaiTien.Accounts;
using Microsoft.AspNetCore.Builder;

namespace CaiTien.Audit;

/// <summary>Who is acting in the current flow of work, for the audit log. The web app sets it per request from
/// the signed-in user; work outside a request (CLI, demo seeding, background jobs) is logged as the system.</summary>
public static class AuditActor
{
    public const string System = "Hệ thống";

    private static readonly AsyncLocal<(string? Id, string Name)?> Current = new();

    public static (string? Id, string Name) Now => Current.Value ?? (null, System);

    public static IDisposable Use(string? id, string name)
    {
        var previous = Current.Value;
        Current.Value = (id, name);
        return new Restore(() => Current.Value = previous);
    }

    /// <summary>Sets the actor for the rest of each request; register after authentication.</summary>
    public static IApplicationBuilder UseAuditActor(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        var user = CurrentUser.From(context.User);
        if (user is null)
        {
            await next(context);
            return;
        }
        var login = context.User.Identity?.Name;
        using (Use(user.UserId, string.IsNullOrEmpty(login) ? user.Name : $"{user.Name} ({login})"))
            await next(context);
    });

    private sealed class Restore(Action restore) : IDisposable
    {
        public void Dispose() => restore();
    }
}
