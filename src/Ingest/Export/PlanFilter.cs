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
public sealed record PlanFilter(PartialDate? From = null, PartialDate? To = null, string? Issuer = null, IReadOnlySet<long>? PlanIds = null)
{
    /// <summary>Every plan.</summary>
    public static PlanFilter All { get; } = new();

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

    private static DateOnly FirstDay(PartialDate d) => new(d.Year, d.Month ?? 1, d.Day ?? 1);
}
