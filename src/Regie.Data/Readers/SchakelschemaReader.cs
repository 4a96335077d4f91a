using Regie.Core.Classifications;
using Regie.Core.Reference;
using Regie.Data.Files;

namespace Regie.Data.Readers;

/// <summary>
/// Reads the CBS "Schakelschema ISCO2008 – BRC2014": every ISCO-08 unit group (and CBS residual code) with its
/// BRC 2014 occupation group, segment, class and skill level, and the Dutch ISCO titles.
/// </summary>
internal static class SchakelschemaReader
{
    public const string File = "cbs_brc/schakelschema-isco2008-brc2014.xls";

    private const string Code = "ISCO2008unitgroup";
    private const string Label = "ISCO2008unitgrouplabel";
    private const string Group = "BRC2014beroepsgroep";
    private const string Segment = "BRC2014beroepssegment";
    private const string Class = "BRC2014beroepsklasse";
    private const string Level = "ISCO2008niveau";

    /// <summary>Unit groups (English titles and the residual flag are added from the ISCO-08 structure) and BRC groups.</summary>
    public static (IReadOnlyList<UnitGroup> UnitGroups, IReadOnlyList<BrcGroup> Groups) Read(ShippedData data)
    {
        var sheet = Sheet.Read(data, File, "BRC 2014 variabelen").Require(
            Code, Label, Group, Group + "_label", Segment, Segment + "_label", Class, Class + "_label", Level);
        var units = new List<UnitGroup>();
        var groups = new SortedDictionary<BrcCode, BrcGroup>();
        foreach (var row in sheet.Rows)
        {
            if (row.Text(Code) is not { } codeText)
            {
                continue;
            }

            var code = IscoCode.TryParse(codeText.PadLeft(4, '0'), out var isco) && isco.Level == 4
                ? isco
                : throw row.Error(Code, $"'{codeText}' is not a 4-digit ISCO-08 code.");
            var brc = Brc(row, Group, 4);
            var label = row.RequiredText(Label);
            var level = (int)row.Number(Level);
            // Residual codes are told apart later, against the ILO's list of unit groups.
            units.Add(new UnitGroup(code, null, label, brc, level, IsResidual: false));
            groups.TryAdd(brc, new BrcGroup(
                brc,
                row.RequiredText(Group + "_label"),
                Brc(row, Segment, 3),
                row.RequiredText(Segment + "_label"),
                Brc(row, Class, 2),
                row.RequiredText(Class + "_label")));
        }

        return (units.OrderBy(u => u.Code).ToList(), groups.Values.ToList());
    }

    private static BrcCode Brc(SheetRow row, string column, int digits)
    {
        var text = row.RequiredText(column).PadLeft(digits, '0');
        return text.Length == digits && BrcCode.TryParse(text, out var code)
            ? code
            : throw row.Error(column, $"'{text}' is not a {digits}-digit BRC 2014 code.");
    }
}
