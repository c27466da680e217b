namespace CaiTien.SelfAssessments;

public enum Refusal
{
    None,
    NotFound,
    Forbidden,
    Invalid,
}

/// <summary>What a self-assessment use case did. When <see cref="Refusal"/> is not None nothing was changed
/// and <see cref="Messages"/> say why, in Vietnamese; otherwise they report what was done.</summary>
public sealed record Outcome(Refusal Refusal, IReadOnlyList<string> Messages)
{
    public bool Ok => Refusal == Refusal.None;

    public static Outcome Done(params string[] messages) => new(Refusal.None, messages);

    public static Outcome NotFound(string message) => new(Refusal.NotFound, [message]);

    public static Outcome Forbidden(string message) => new(Refusal.Forbidden, [message]);

    public static Outcome Invalid(params string[] messages) => new(Refusal.Invalid, messages);

    public static Outcome Invalid(IReadOnlyList<string> messages) => new(Refusal.Invalid, messages);
}
