using System.Globalization;

namespace Ingest.App.Commands;

/// <summary>How the eval commands print figures: invariant culture, fixed decimals.</summary>
internal static class Figures
{
    public static string Percent(double share, int decimals = 2) =>
        (share * 100).ToString(decimals == 1 ? "0.0" : "0.00", CultureInfo.InvariantCulture) + "%";

    public static string Seconds(double s) => s.ToString("0.0", CultureInfo.InvariantCulture);
}
