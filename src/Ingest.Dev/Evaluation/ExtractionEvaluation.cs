using Ingest.Extraction;

namespace Ingest.Evaluation;

/// <summary>
/// Scores a predicted record against its gold: per entity kind, the header fields (kind, number,
/// issuer, place, issued_on, title, period) one by one, the signer, and the wrong numbers — a
/// number given that is not the gold's (a null where the gold has one is a miss, not a wrong
/// number). Documents are paired in reading order; a missing or extra document counts its
/// entities as unmatched.
/// </summary>
public sealed record ExtractionEvaluation(
    ExtractionScore References,
    ExtractionScore Deadlines,
    ExtractionScore Quotas,
    ExtractionScore Targets,
    int HeaderFields,
    int HeaderFieldsCorrect,
    IReadOnlyList<string> Misses)
{
    /// <summary>Nothing evaluated yet.</summary>
    public static ExtractionEvaluation Zero { get; } = new(default, default, default, default, 0, 0, []);

    /// <summary>Signer blocks in the gold (documents paired) and how many came out exactly.</summary>
    public int Signers { get; init; }

    /// <summary>Signers exactly right.</summary>
    public int SignersCorrect { get; init; }

    /// <summary>Documents given a number that is not theirs: the error that must not happen.</summary>
    public int WrongNumbers { get; init; }

    /// <summary>Header fields wrong, by field name.</summary>
    public IReadOnlyDictionary<string, int> FieldErrors { get; init; } = new Dictionary<string, int>();

    /// <summary>Share of header fields exactly right.</summary>
    public double HeaderAccuracy => HeaderFields == 0 ? 1 : (double)HeaderFieldsCorrect / HeaderFields;

    /// <summary>Sums two evaluations.</summary>
    public static ExtractionEvaluation operator +(ExtractionEvaluation a, ExtractionEvaluation b) => new(
        a.References + b.References, a.Deadlines + b.Deadlines, a.Quotas + b.Quotas, a.Targets + b.Targets,
        a.HeaderFields + b.HeaderFields, a.HeaderFieldsCorrect + b.HeaderFieldsCorrect, [.. a.Misses, .. b.Misses])
    {
        Signers = a.Signers + b.Signers,
        SignersCorrect = a.SignersCorrect + b.SignersCorrect,
        WrongNumbers = a.WrongNumbers + b.WrongNumbers,
        FieldErrors = a.FieldErrors.Concat(b.FieldErrors).GroupBy(e => e.Key).ToDictionary(g => g.Key, g => g.Sum(e => e.Value)),
    };

    /// <summary>Sums two evaluations (for languages without operators).</summary>
    public static ExtractionEvaluation Add(ExtractionEvaluation a, ExtractionEvaluation b) => a + b;

    /// <summary>Evaluates one file.</summary>
    public static ExtractionEvaluation Of(PlanRecord gold, PlanRecord predicted)
    {
        var result = Zero;
        var n = Math.Max(gold.Documents.Count, predicted.Documents.Count);
        for (var i = 0; i < n; i++)
        {
            var g = i < gold.Documents.Count ? gold.Documents[i] : null;
            var p = i < predicted.Documents.Count ? predicted.Documents[i] : null;
            result += OfDocument(gold.Source, i, g, p);
        }
        return result;
    }

    private static ExtractionEvaluation OfDocument(string source, int index, PlanDocument? g, PlanDocument? p)
    {
        var misses = new List<string>();
        var where = $"{source}#{index}";
        var refs = Score(g?.References ?? [], p?.References ?? [], new ExtractionReferenceRule(), where, "reference", misses,
            r => $"{r.Kind} {r.Number} {r.Date} [{r.Issuer}] {r.Relation}");
        var deadlines = Score(g?.Deadlines ?? [], p?.Deadlines ?? [], new ExtractionDeadlineRule(), where, "deadline", misses,
            d => $"{d.Qualifier} {d.Start}{(d.Start is null ? "" : "→")}{d.Due} {d.Section} [{string.Join(" | ", d.Responsible)}] {d.Action}");
        var quotas = Score(g?.Quotas ?? [], p?.Quotas ?? [], new ExtractionQuotaRule(), where, "quota", misses,
            q => $"[{string.Join(" | ", q.Holder)}]{(q.Each ? " each" : "")} {q.Count} {q.Unit} ({q.Purpose})");
        var targets = Score(g?.Targets ?? [], p?.Targets ?? [], new ExtractionTargetRule(), where, "target", misses,
            t => $"{t.Comparator} {t.Value} {t.Unit} by {t.By}: {t.Indicator}");
        var fields = 0;
        var correct = 0;
        var errors = new Dictionary<string, int>();
        if (g is not null)
        {
            void Field(string name, object? e, object? a)
            {
                fields++;
                if (Equals(e, a))
                {
                    correct++;
                }
                else
                {
                    errors[name] = errors.GetValueOrDefault(name) + 1;
                    misses.Add($"{where} header {name}: gold '{e}' got '{a}'");
                }
            }
            Field("kind", g.Kind, p?.Kind);
            Field("number", g.Number, p?.Number);
            Field("issuer", g.Issuer, p?.Issuer);
            Field("place", g.Place, p?.Place);
            Field("issued_on", g.IssuedOn, p?.IssuedOn);
            Field("title", g.Title, p?.Title);
            Field("period", g.Period, p?.Period);
            if (!Equals(g.Signer, p?.Signer))
            {
                misses.Add($"{where} signer: gold '{g.Signer}' got '{p?.Signer}'");
            }
        }
        var wrong = p?.Number is not null && p.Number != g?.Number;
        if (wrong)
        {
            misses.Add($"{where} WRONG NUMBER: gold '{g?.Number}' got '{p!.Number}'");
        }
        return new ExtractionEvaluation(refs, deadlines, quotas, targets, fields, correct, misses)
        {
            Signers = g is null ? 0 : 1,
            SignersCorrect = g is not null && Equals(g.Signer, p?.Signer) ? 1 : 0,
            WrongNumbers = wrong ? 1 : 0,
            FieldErrors = errors,
        };
    }

    private static ExtractionScore Score<T>(IReadOnlyList<T> gold, IReadOnlyList<T> predicted, IExtractionRule<T> rule,
        string where, string kind, List<string> misses, Func<T, string> show)
    {
        var pairs = ExtractionMatcher.Pairs(gold, predicted, rule);
        var matchedGold = pairs.Select(x => x.Gold).ToHashSet();
        var matchedPredicted = pairs.Select(x => x.Predicted).ToHashSet();
        for (var i = 0; i < gold.Count; i++)
        {
            if (!matchedGold.Contains(i))
            {
                misses.Add($"{where} {kind} missed: {show(gold[i])}");
            }
        }
        for (var i = 0; i < predicted.Count; i++)
        {
            if (!matchedPredicted.Contains(i))
            {
                misses.Add($"{where} {kind} extra:  {show(predicted[i])}");
            }
        }
        return new ExtractionScore(gold.Count, predicted.Count, pairs.Count);
    }
}
