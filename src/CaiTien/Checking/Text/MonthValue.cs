using System.Globalization;

namespace CaiTien.Checking.Text;

/// <summary>A calendar month as a single comparable number (year * 12 + month - 1).</summary>
public readonly record struct MonthValue(int Year, int Month) : IComparable<MonthValue>
{
    public int Index => Year * 12 + Month - 1;

    public int CompareTo(MonthValue other) => Index.CompareTo(other.Index);

    public static bool operator <(MonthValue a, MonthValue b) => a.Index < b.Index;
    public static bool operator >(MonthValue a, MonthValue b) => a.Index > b.Index;
    public static bool operator <=(MonthValue a, MonthValue b) => a.Index <= b.Index;
    public static bool operator >=(MonthValue a, MonthValue b) => a.Index >= b.Index;

    public static MonthValue? Parse(string? yyyyMm)
    {
        if (yyyyMm is not { Length: 7 } || yyyyMm[4] != '-') return null;
        if (!int.TryParse(yyyyMm.AsSpan(0, 4), NumberStyles.None, CultureInfo.InvariantCulture, out var y)) return null;
        if (!int.TryParse(yyyyMm.AsSpan(5, 2), NumberStyles.None, CultureInfo.InvariantCulture, out var m) || m is < 1 or > 12) return null;
        return new MonthValue(y, m);
    }

    public static MonthValue Of(DateOnly date) => new(date.Year, date.Month);

    /// <summary>Vietnamese form used in messages: "10/2024".</summary>
    public override string ToString() => $"{Month}/{Year}";
}

/// <summary>A plan's school year "2024-2025": teaching runs from September of the first year to May of the second.</summary>
public readonly record struct SchoolYearSpan(int FirstYear)
{
    public int SecondYear => FirstYear + 1;
    public MonthValue Start => new(FirstYear, 9);
    public MonthValue End => new(SecondYear, 5);
    public DateOnly FirstDay => new(FirstYear, 9, 1);
    public string Label => $"{FirstYear}-{SecondYear}";

    public bool Contains(MonthValue m) => m >= Start && m <= End;

    /// <summary>June–August of the second year and July–August of the first: the administrative edges of the year
    /// (summer work, preparation, June results), not teaching months but not wrong either.</summary>
    public bool IsAdministrativeEdge(MonthValue m) =>
        (m.Year == SecondYear && m.Month is >= 6 and <= 8) || (m.Year == FirstYear && m.Month is 7 or 8);

    public static SchoolYearSpan? Parse(string? text)
    {
        if (text is not { Length: 9 } || text[4] != '-') return null;
        if (!int.TryParse(text.AsSpan(0, 4), out var a) || !int.TryParse(text.AsSpan(5, 4), out var b) || b != a + 1) return null;
        return new SchoolYearSpan(a);
    }
}
