using CaiTien.Data;
using Microsoft.EntityFrameworkCore;

namespace CaiTien.Accounts;

/// <summary>The units a manager may place accounts in, as form keys: "p:1" province, "d:2" supervising unit, "s:3" school.</summary>
public static class UnitChoices
{
    public sealed record Choice(string Key, string Label);

    public static async Task<IReadOnlyList<Choice>> ForAsync(CaiTienDb db, CurrentUser me, CancellationToken ct)
    {
        var list = new List<Choice>();
        if (me.IsAdmin || me.IsProvinceOfficer)
        {
            list.AddRange(await db.Provinces.Where(p => me.IsAdmin || p.Id == me.ProvinceId).OrderBy(p => p.Name)
                .Select(p => new Choice("p:" + p.Id, "Sở GD&ĐT – " + p.Name)).ToListAsync(ct));
            list.AddRange(await db.Districts.VisibleTo(me).OrderBy(d => d.Name)
                .Select(d => new Choice("d:" + d.Id, d.OfficeName)).ToListAsync(ct));
        }
        list.AddRange(await db.Schools.VisibleTo(me).OrderBy(s => s.Name).Select(s => new Choice("s:" + s.Id, s.Name)).ToListAsync(ct));
        return list;
    }

    public static AccountUnit Parse(string? key)
    {
        if (key is null || key.Length < 3 || key[1] != ':' || !int.TryParse(key[2..], out var id)) return AccountUnit.None;
        return key[0] switch
        {
            's' => new AccountUnit(id, null, null),
            'd' => new AccountUnit(null, id, null),
            'p' => new AccountUnit(null, null, id),
            _ => AccountUnit.None,
        };
    }

    public static string? KeyOf(AccountUnit unit) => unit switch
    {
        { SchoolId: { } s } => "s:" + s,
        { DistrictId: { } d } => "d:" + d,
        { ProvinceId: { } p } => "p:" + p,
        _ => null,
    };
}
