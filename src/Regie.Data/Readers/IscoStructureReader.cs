using Regie.Core.Classifications;
using Regie.Data.Files;

namespace Regie.Data.Readers;

/// <summary>Reads the ILO's ISCO-08 structure file: English titles of every group at every level.</summary>
internal static class IscoStructureReader
{
    public const string File = "isco/ISCO-08 EN Structure and definitions.xlsx";

    public static IReadOnlyDictionary<IscoCode, string> ReadTitles(ShippedData data)
    {
        var sheet = Sheet.Read(data, File, "ISCO-08 EN Struct and defin").Require("Level", "ISCO 08 Code", "Title EN");
        var titles = new SortedDictionary<IscoCode, string>();
        foreach (var row in sheet.Rows)
        {
            if (row.Text("ISCO 08 Code") is not { } text)
            {
                continue;
            }

            var level = (int)row.Number("Level");
            var padded = text.PadLeft(level, '0');
            if (!IscoCode.TryParse(padded, out var code) || code.Level != level)
            {
                throw row.Error("ISCO 08 Code", $"'{text}' is not a level-{level} ISCO-08 code.");
            }

            titles[code] = row.RequiredText("Title EN");
        }

        return titles;
    }
}
