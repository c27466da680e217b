namespace CaiTien.Documents.Letters;

/// <summary>The two paragraph kinds every letter body uses (section heading, justified body text), so a plan, a
/// monitoring report or a decision are set the same way.</summary>
public static class LetterParagraphs
{
    public static ParagraphBlock Heading(string text) => new([new TextSpan(text, Bold: true)])
    {
        Alignment = TextAlignment.Left,
        FirstLineIndentPt = LetterStyle.FirstLineIndentPt,
        SpaceBeforePt = LetterStyle.ParagraphSpacePt,
        SpaceAfterPt = LetterStyle.ParagraphSpacePt,
        KeepWithNext = true,
    };

    public static ParagraphBlock Body(string text, bool bold = false) => new([new TextSpan(text, bold)])
    {
        Alignment = TextAlignment.Justify,
        FirstLineIndentPt = LetterStyle.FirstLineIndentPt,
        SpaceAfterPt = LetterStyle.ParagraphSpacePt,
    };
}
