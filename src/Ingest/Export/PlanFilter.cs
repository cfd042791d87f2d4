using Ingest.Catalog;
using Ingest.Extraction;
using Ingest.Text;

namespace Ingest.Export;

/// <summary>
/// Which plans an export covers. Dates compare by their first day, for the plan's date and the
/// bounds alike: a plan dated only "2023-06" is 2023-06-01, so <c>--from 2023-06-15</c> leaves it
/// out and <c>--to 2023-06</c> keeps it. A plan without a date is left out once a bound is given.
/// </summary>
/// <param name="From">Earliest issued_on, inclusive.</param>
/// <param name="To">Latest issued_on, inclusive.</param>
/// <param name="Issuer">Part of the issuer's name, compared without marks ("dong nai" finds "UBND tỉnh Đồng Nai").</param>
/// <param name="PlanIds">The plans a search returned, or null for all.</param>
/// <param name="Kind">The kind, every word of it, marks optional ("ke hoach" finds "Kế hoạch"), as a search's <c>kind:</c>.</param>
/// <param name="Year">The year of issue, as a search's <c>year:</c>.</param>
public sealed record PlanFilter(PartialDate? From = null, PartialDate? To = null, string? Issuer = null, IReadOnlySet<long>? PlanIds = null, string? Kind = null, int? Year = null)
{
    /// <summary>Every plan.</summary>
    public static PlanFilter All { get; } = new();

    /// <summary>
    /// The filter for bounds as a user typed them (blank: no bound; "2023", "2023-06",
    /// " 2023-06-15 "), or the reason one is not a date, naming it as the caller does
    /// (<paramref name="fromName"/>: "--from" on the command line, "from" in the API).
    /// </summary>
    public static bool TryParse(string? from, string? to, string? issuer, out PlanFilter filter, out string? error, string fromName = "from", string toName = "to")
    {
        filter = All;
        var fromError = Bound(from, fromName, out var fromDate);
        var toError = Bound(to, toName, out var toDate);
        error = fromError ?? toError;
        if (error is not null)
        {
            return false;
        }
        filter = new PlanFilter(fromDate, toDate, string.IsNullOrWhiteSpace(issuer) ? null : issuer.Trim());
        return true;
    }

    private static string? Bound(string? text, string name, out PartialDate? date)
    {
        date = string.IsNullOrWhiteSpace(text) ? null : PartialDate.ParseIso(text.Trim());
        return date is null && !string.IsNullOrWhiteSpace(text)
            ? $"{name}: not an ISO date: \"{text}\" (write 2023, 2023-06 or 2023-06-15)"
            : null;
    }

    /// <summary>True when the plan passes every given condition.</summary>
    public bool Matches(StoredPlan plan)
    {
        if (PlanIds is not null && !PlanIds.Contains(plan.Id))
        {
            return false;
        }
        if (!string.IsNullOrWhiteSpace(Issuer)
            && !VietnameseText.Fold(plan.Document.Issuer ?? "").Contains(VietnameseText.Fold(Issuer.Trim()), StringComparison.Ordinal))
        {
            return false;
        }
        if (!string.IsNullOrWhiteSpace(Kind) && !Words(Kind).IsSubsetOf(Words(plan.Document.Kind)))
        {
            return false;
        }
        if (Year is { } year && plan.Document.IssuedOn?.Year != year)
        {
            return false;
        }
        if (From is null && To is null)
        {
            return true;
        }
        if (plan.Document.IssuedOn is not { } on)
        {
            return false;
        }
        var day = FirstDay(on);
        return (From is not { } from || day >= FirstDay(from)) && (To is not { } to || day <= FirstDay(to));
    }

    /// <summary>The plans that pass, in the order given.</summary>
    public IEnumerable<StoredPlan> Apply(IEnumerable<StoredPlan> plans) => plans.Where(Matches);

    // Folded, lower-case words: "Kế hoạch" → {ke, hoach}.
    private static HashSet<string> Words(string text) =>
        [.. new string([.. VietnameseText.Fold(VietnameseText.Nfc(text)).ToLowerInvariant().Select(c => char.IsLetterOrDigit(c) ? c : ' ')])
            .Split(' ', StringSplitOptions.RemoveEmptyEntries)];

    private static DateOnly FirstDay(PartialDate d) => new(d.Year, d.Month ?? 1, d.Day ?? 1);
}
