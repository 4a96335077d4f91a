using Regie.Core.Classifications;
using Regie.Data.Files;

namespace Regie.Data.Readers.UsIndices;

/// <summary>
/// The three shipped US crosswalks and the composed routes to ISCO-08 (exposure-and-data.md §2):
/// SOC 2010 → ISCO-08 (BLS); SOC 2018 → SOC 2010 (reverse of O*NET-SOC 2010 → SOC 2018);
/// O*NET-SOC 2019 → SOC 2018 (O*NET).
/// </summary>
internal sealed class SocCrosswalks
{
    public const string BlsFile = "crosswalks_bls_onet/isco_soc_crosswalk.xls";
    public const string Onet2019File = "crosswalks_bls_onet/onet_2019_to_SOC_Crosswalk.xlsx";
    public const string Onet2010File = "crosswalks_bls_onet/onet_2010_to_2018_SOC_Crosswalk.xlsx";

    private SocCrosswalks(Crosswalk soc2010ToIsco, Crosswalk soc2018ToSoc2010, Crosswalk onetSoc2019ToSoc2018)
    {
        Soc2010ToIsco = soc2010ToIsco;
        Soc2018ToIsco = soc2018ToSoc2010.Then(soc2010ToIsco);
        OnetSoc2019ToIsco = onetSoc2019ToSoc2018.Then(Soc2018ToIsco);
    }

    /// <summary>SOC 2010 detailed code → ISCO-08 unit groups (AIOE, LM-AIOE).</summary>
    public Crosswalk Soc2010ToIsco { get; }

    /// <summary>SOC 2018 → SOC 2010 → ISCO-08 (Microsoft).</summary>
    public Crosswalk Soc2018ToIsco { get; }

    /// <summary>O*NET-SOC 2019 → SOC 2018 → SOC 2010 → ISCO-08 (Eloundou, Anthropic).</summary>
    public Crosswalk OnetSoc2019ToIsco { get; }

    public static SocCrosswalks Read(ShippedData data) =>
        new(ReadSoc2010ToIsco(data), ReadSoc2018ToSoc2010(data), ReadOnetSoc2019ToSoc2018(data));

    /// <summary>
    /// BLS sheet "2010 SOC to ISCO-08", header on row 7. Partial matches (<c>part</c> = <c>*</c>) are kept like
    /// full ones. Two rows link to 3-digit ISCO minor groups (19-2099 → 211, 53-2022 → 315); only unit groups
    /// take part, so those rows are left out.
    /// </summary>
    private static Crosswalk ReadSoc2010ToIsco(ShippedData data)
    {
        const string soc = "2010 SOC Code", isco = "ISCO-08 Code";
        var sheet = Sheet.Read(data, BlsFile, "2010 SOC to ISCO-08", headerRow: 7).Require(soc, isco);
        var pairs = new List<(string, string)>();
        foreach (var row in sheet.Rows)
        {
            if (IsBlank(row, soc, isco))
            {
                continue;
            }

            var code = SocCodes.Soc(row, soc);
            var text = row.RequiredText(isco);
            if (!IscoCode.TryParse(text, out var group))
            {
                throw row.Error(isco, $"'{text}' is not an ISCO-08 code.");
            }

            if (group.Level == 4)
            {
                pairs.Add((code, group.Value));
            }
        }

        return Crosswalk.From(pairs);
    }

    /// <summary>
    /// O*NET "O*NET-SOC 2010 to 2018 SOC", header on row 4, reversed. Every O*NET-SOC 2010 code — the
    /// <c>.00</c> ones and the <c>.xx</c> subdivisions alike — is read as its 7-character SOC 2010 prefix, since an
    /// O*NET-SOC code is by construction a part of that SOC detailed code. Reading only the <c>.00</c> rows
    /// would drop the links of occupations split out of residual codes, e.g. 15-1199.02 → SOC 2018 15-1252
    /// (software developers) or 11-9199.07 (security managers) → 11-3013 (facilities managers), which BLS's own
    /// SOC 2010–2018 crosswalk has. On the shipped file this adds 11 SOC 2018 → SOC 2010 links; the ISCO
    /// unit groups reached are the same either way.
    /// </summary>
    private static Crosswalk ReadSoc2018ToSoc2010(ShippedData data)
    {
        const string onet = "O*NET-SOC 2010 Code", soc = "2018 SOC Code";
        var sheet = Sheet.Read(data, Onet2010File, sheetName: null, headerRow: 4).Require(onet, soc);
        var pairs = new List<(string, string)>();
        foreach (var row in sheet.Rows)
        {
            if (!IsBlank(row, onet, soc))
            {
                pairs.Add((SocCodes.Soc(row, soc), SocCodes.SocOf(SocCodes.OnetSoc(row, onet))));
            }
        }

        return Crosswalk.From(pairs);
    }

    /// <summary>O*NET "O*NET-SOC 2019 to 2018 SOC", header on row 4.</summary>
    private static Crosswalk ReadOnetSoc2019ToSoc2018(ShippedData data)
    {
        const string onet = "O*NET-SOC 2019 Code", soc = "2018 SOC Code";
        var sheet = Sheet.Read(data, Onet2019File, sheetName: null, headerRow: 4).Require(onet, soc);
        var pairs = new List<(string, string)>();
        foreach (var row in sheet.Rows)
        {
            if (!IsBlank(row, onet, soc))
            {
                pairs.Add((SocCodes.OnetSoc(row, onet), SocCodes.Soc(row, soc)));
            }
        }

        return Crosswalk.From(pairs);
    }

    // Spreadsheets often end in empty rows; a row is skipped only when both key cells are empty, so a half-filled
    // row still fails with its row and column.
    internal static bool IsBlank(SheetRow row, string first, string second) =>
        row.Text(first) is null && row.Text(second) is null;
}
