using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.Extensions.Configuration;
using MimeKit;

namespace CaiTien.Progress.Reminders;

/// <summary>SMTP settings, section <c>Smtp</c>: Host, Port (25), From, User, Password, Security (None, StartTls,
/// SslOnConnect, Auto). Without a host, reminders stay in the app only.</summary>
public sealed record SmtpSettings(string? Host, int Port = 25, string From = "caitien@localhost", string? User = null, string? Password = null,
    SecureSocketOptions Security = SecureSocketOptions.Auto)
{
    public bool Enabled => !string.IsNullOrWhiteSpace(Host);

    public static SmtpSettings Read(IConfiguration config)
    {
        var s = config.GetSection("Smtp");
        return new SmtpSettings(s["Host"], s.GetValue("Port", 25), s["From"] ?? "caitien@localhost", s["User"], s["Password"],
            Enum.TryParse<SecureSocketOptions>(s["Security"], true, out var security) ? security : SecureSocketOptions.Auto);
    }
}

public interface IReminderMailer
{
    bool Enabled { get; }

    Task SendAsync(string to, string subject, string body, CancellationToken ct);
}

/// <summary>Sends one plain-text message per reminder through MailKit.</summary>
public sealed class SmtpReminderMailer(SmtpSettings settings) : IReminderMailer
{
    public bool Enabled => settings.Enabled;

    public async Task SendAsync(string to, string subject, string body, CancellationToken ct)
    {
        var message = new MimeMessage();
        message.From.Add(MailboxAddress.Parse(settings.From));
        message.To.Add(MailboxAddress.Parse(to));
        message.Subject = subject;
        message.Body = new TextPart("plain") { Text = body };
        using var client = new SmtpClient { Timeout = 30_000 };
        await client.ConnectAsync(settings.Host ?? throw new InvalidOperationException("Smtp:Host is not set."), settings.Port, settings.Security, ct);
        if (!string.IsNullOrEmpty(settings.User)) await client.AuthenticateAsync(settings.User, settings.Password ?? "", ct);
        await client.SendAsync(message, ct);
        CaiTienMetrics.EmailSent();
        await client.DisconnectAsync(true, ct);
    }
}
