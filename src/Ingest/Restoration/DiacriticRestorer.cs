using System.Collections.Concurrent;
using Ingest.Text;

namespace Ingest.Restoration;

/// <summary>
/// The noisy-channel decoder. For each line: every word token gets candidate syllables scored
/// by the channel (how OCR damages them); a beam search over the line picks the sequence that
/// the trigram language model and the channel together find most probable. Numbers, dates,
/// URLs and e-mails are kept; codes get their letters restored ("QD-TTg" → "QĐ-TTg"); case
/// is kept (ALL CAPS, Title, lower); white space is kept; n lines in, n lines out, NFC out.
/// </summary>
public sealed class DiacriticRestorer
{
    private readonly LanguageModel _lm;
    private readonly ChannelModel _channel;
    private readonly CandidateIndex _index;
    private readonly PlaceNames _places;
    private readonly RestorerOptions _options;
    private readonly ConcurrentDictionary<string, Candidate[]> _cache = new(StringComparer.Ordinal);

    /// <summary>A syllable the token may stand for and what the channel charges for it.</summary>
    public readonly record struct Candidate(int Id, string Syllable, float ChannelCost);

    /// <summary>A decoder over the given models.</summary>
    /// <param name="lm">The syllable trigram model that scores a line.</param>
    /// <param name="channel">How the OCR that read the text damages syllables.</param>
    /// <param name="index">The legal syllables by their unmarked letters: where candidates come from.</param>
    /// <param name="places">The province and district names written as names after decoding.</param>
    /// <param name="options">The decoder's weights and switches (<see cref="RestorerOptions"/>'s defaults when null).</param>
    public DiacriticRestorer(LanguageModel lm, ChannelModel channel, CandidateIndex index, PlaceNames places, RestorerOptions? options = null)
    {
        _lm = lm;
        _channel = channel;
        _index = index;
        _places = places;
        _options = options ?? new RestorerOptions();
    }

    public ChannelModel Channel => _channel;

    /// <summary>
    /// Restores a text, line for line. The language model sees the text as a stream — a
    /// sentence wraps over OCR lines ("… Phong trào thi" / "đua …") — with its context reset at
    /// sentence ends and blank lines, as in training.
    /// </summary>
    public string Restore(string text) => Restore(text, WordAlternatives.None);

    /// <summary>
    /// Restores a text read by OCR, with the engine's own alternatives for its words
    /// (<see cref="WordAlternatives"/>): an alternative that is a syllable becomes a candidate,
    /// or a cheaper one, at the cost the engine gave it — evidence from the page itself, where the
    /// channel table only knows how often such a slip happens. Each reading of a word keeps its
    /// own alternatives, and a legal syllable read with none (the engine was sure) changes to
    /// anything else only at <see cref="RestorerOptions.UnofferedCost"/>.
    /// </summary>
    public string Restore(string text, WordAlternatives alternatives)
    {
        var lines = text.Split('\n');
        var tokens = new List<LineToken>();
        var lineOf = new List<int>();
        var crs = new bool[lines.Length];
        for (var i = 0; i < lines.Length; i++)
        {
            var body = lines[i];
            crs[i] = body.EndsWith('\r');
            var lineTokens = LineTokenizer.Tokenize(VietnameseText.Nfc(crs[i] ? body[..^1] : body));
            if (lineTokens.All(t => t.Core.Length == 0) && tokens.Count > 0 && !tokens[^1].EndsSentence)
            {
                // A blank line ends a paragraph: end the sentence on the last token before it.
                tokens[^1] = tokens[^1] with { Trail = tokens[^1].Trail, ForceEnd = true };
            }
            tokens.AddRange(lineTokens);
            lineOf.AddRange(Enumerable.Repeat(i, lineTokens.Count));
        }
        var cores = RestoreTokens(tokens, alternatives);
        var result = new string[lines.Length];
        var k = 0;
        for (var i = 0; i < lines.Length; i++)
        {
            var start = k;
            while (k < tokens.Count && lineOf[k] == i)
            {
                k++;
            }
            result[i] = LineTokenizer.Join(tokens.GetRange(start, k - start), cores.GetRange(start, k - start)) + (crs[i] ? "\r" : "");
        }
        return string.Join('\n', ListMarkers.Mend(result));
    }

    /// <summary>Restores one line (no '\n' inside), on its own.</summary>
    public string RestoreLine(string line) => Restore(line);

    private List<string> RestoreTokens(List<LineToken> tokens, WordAlternatives alternatives)
    {
        var cores = new List<string>(tokens.Count);
        var options = new List<Candidate[]>(tokens.Count);
        var kept = KeptAsRead(tokens);
        var readings = ReadingsOf(tokens, alternatives);
        for (var k = 0; k < tokens.Count; k++)
        {
            var t = tokens[k];
            cores.Add(t.Core);
            if (kept[k])
            {
                // Decoded as itself (its id, for its neighbours' context) and written back untouched.
                options.Add([new Candidate(LmSymbols.Number, t.Core, 0)]);
                continue;
            }
            options.Add(t.Class switch
            {
                TokenClass.Word or TokenClass.DamagedWord when t.Core.Length > 0 => WithAlternatives(t, CandidatesFor(t.Core), readings[k]),
                TokenClass.Number => [new Candidate(LmSymbols.Number, t.Core, 0)],
                TokenClass.Code => [new Candidate(LmSymbols.Code, CodeLexicon.Restore(t.Core), 0)],
                _ => t.Core.Length == 0 ? [] : [new Candidate(LmSymbols.Unknown, t.Core, 0)],
            });
        }
        var chosen = Decode(tokens, options);
        for (var k = 0; k < tokens.Count; k++)
        {
            if (!kept[k] && chosen[k] is { } c)
            {
                cores[k] = tokens[k].Class is TokenClass.Word or TokenClass.DamagedWord && c.Id is not (LmSymbols.Unknown or LmSymbols.Number)
                    ? CaseShape.Apply(tokens[k].Core, TonePlacement(tokens[k].Core, c.Syllable), InCapitalsRun(tokens, k))
                    : c.Syllable;
            }
        }
        _places.Apply(tokens, cores, Unattested);
        return cores;
    }

    /// <summary>
    /// The engine's alternatives for each token's word (<see cref="WordAlternatives.At"/>; the word
    /// as written with its punctuation, "mạch,", is what a TSV row holds): empty where the engine
    /// was sure; null where the page has no alternatives at all (a text layer, a text file) or no
    /// row holds the word.
    /// </summary>
    private static IReadOnlyList<(string Text, float Cost)>?[] ReadingsOf(List<LineToken> tokens, WordAlternatives alternatives)
    {
        var readings = new IReadOnlyList<(string Text, float Cost)>?[tokens.Count];
        if (alternatives.Count == 0)
        {
            return readings;
        }
        var words = tokens.Select(t => t.Lead + t.Core + t.Trail).ToList();
        var inText = words.CountBy(w => w, StringComparer.Ordinal).ToDictionary(StringComparer.Ordinal);
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var k = 0; k < tokens.Count; k++)
        {
            var occurrence = seen.GetValueOrDefault(words[k]);
            seen[words[k]] = occurrence + 1;
            readings[k] = alternatives.At(words[k], occurrence, inText[words[k]]);
        }
        return readings;
    }

    /// <summary>
    /// The tokens restoration must not touch: Roman numerals ("lần thứ II", "Chương XIV" — OCR
    /// of Vietnamese has no reason to make them; a real Hà Nội layer's "II" came out "VI").
    /// </summary>
    private static bool[] KeptAsRead(List<LineToken> tokens)
    {
        var kept = new bool[tokens.Count];
        for (var k = 0; k < tokens.Count; k++)
        {
            kept[k] = tokens[k].Class is TokenClass.Word or TokenClass.Code && RomanNumeral.IsNumeral(tokens[k].Core) && !RomanNumeral.IsWordInCapitals(tokens, k);
        }
        return kept;
    }

    // "hoà" and "hòa" are one word with the tone on another vowel: a token that already spells
    // the chosen syllable keeps its own placement; otherwise the old placement of administrative
    // documents is written ("Tuy" restored → "Tùy", not "Tuỳ").
    private static string TonePlacement(string core, string syllable)
    {
        var seen = core.ToLowerInvariant();
        if (Syllable.IsLegal(seen) && Syllable.SplitTone(seen) == Syllable.SplitTone(syllable))
        {
            return seen;
        }
        return Syllable.ToOldStyle(syllable);
    }

    // Seen at most a handful of times in 4.8 M training syllables (or never): "Péng", "Pong".
    private bool Unattested(string word)
    {
        var id = _lm.IdOf(word.ToLowerInvariant());
        return id == LmSymbols.Unknown || _lm.LogFrequency(id) < -14f;
    }

    // A short word in capitals among lower-case words is OCR's "SO" for "Sở", not a heading.
    // A one-letter capital is looked past: it says nothing of its line ("BỘ Y TẾ", page 3 of
    // QĐ 3467/QĐ-BYT, was written "Bộ Y Tế" when "Y" broke the run).
    private static bool InCapitalsRun(List<LineToken> tokens, int k)
    {
        static bool Word(LineToken t) => t.Class is TokenClass.Word or TokenClass.DamagedWord;
        static bool Caps(LineToken t) => t.Core.Length > 1 && VietnameseText.IsAllCaps(t.Core) && Word(t);
        static bool Letter(LineToken t) => t.Core.Length == 1 && char.IsUpper(t.Core[0]) && Word(t);
        var b = k - 1;
        while (b >= 0 && Letter(tokens[b]))
        {
            b--;
        }
        var a = k + 1;
        while (a < tokens.Count && Letter(tokens[a]))
        {
            a++;
        }
        var before = b >= 0 && Caps(tokens[b]);
        var after = a < tokens.Count && Caps(tokens[a]);
        return before || after || tokens[k].Core.Length > 3;
    }

    // Beam search over the text; sentence ends reset the context as in training. Hypotheses
    // live in one arena and point back by index; only the survivors of each step enter it.
    // The language model only adds cost (−log P ≥ 0), so history + channel cost bounds an
    // expansion from below: with hypotheses taken best first and candidates cheapest channel
    // first, whatever cannot beat the beam's current worst is skipped unscored — the same
    // beam as scoring everything, at a fraction of the language-model look-ups.
    private Candidate?[] Decode(List<LineToken> tokens, List<Candidate[]> options)
    {
        var beamWidth = _options.Beam;
        var cw = _options.ChannelWeight;
        var arena = new List<Hyp>(tokens.Count * 4) { new(LmSymbols.Start, LmSymbols.Start, 0, -1, -1, -1) };
        var beam = new List<int> { 0 };
        // A token has at most CandidatesPerToken candidates plus the token kept as it is.
        var step = new StepBuffer(beamWidth, _options.CandidatesPerToken + 1);
        for (var k = 0; k < tokens.Count; k++)
        {
            var cands = options[k];
            if (cands.Length > 0)
            {
                step.Clear();
                var minChannel = cw * cands[0].ChannelCost;
                foreach (var hi in beam)
                {
                    var h = arena[hi];
                    if (h.Score + minChannel > step.Threshold)
                    {
                        break;
                    }
                    var context = _lm.ContextOf(h.U, h.V);
                    for (var ci = 0; ci < cands.Length; ci++)
                    {
                        var c = cands[ci];
                        var bound = h.Score + cw * c.ChannelCost;
                        if (bound > step.Threshold)
                        {
                            break;
                        }
                        step.Offer(new Hyp(h.V, c.Id, bound - _lm.LogProb(context, c.Id), hi, ci, k));
                    }
                }
                beam.Clear();
                foreach (var survivor in step.Best())
                {
                    beam.Add(arena.Count);
                    arena.Add(survivor);
                }
            }
            if (tokens[k].EndsSentence)
            {
                var end = beam.MinBy(hi => arena[hi].Score - _lm.LogProb(arena[hi].U, arena[hi].V, LmSymbols.End));
                var e = arena[end];
                arena.Add(new Hyp(LmSymbols.Start, LmSymbols.Start, e.Score - _lm.LogProb(e.U, e.V, LmSymbols.End), end, -1, -1));
                beam.Clear();
                beam.Add(arena.Count - 1);
            }
        }
        var result = new Candidate?[tokens.Count];
        var last = beam.MinBy(hi => arena[hi].Score - _lm.LogProb(arena[hi].U, arena[hi].V, LmSymbols.End));
        for (var hi = last; hi >= 0; hi = arena[hi].Previous)
        {
            var h = arena[hi];
            if (h.Position >= 0)
            {
                result[h.Position] = options[h.Position][h.Choice];
            }
        }
        return result;
    }

    /// <summary>
    /// The expansions of one decoding step: recombined by their last two words (only the best
    /// path to a state matters to a trigram model), and a bound — the worst of the best
    /// <c>width</c> states offered so far — above which an expansion cannot survive.
    /// </summary>
    private sealed class StepBuffer(int width, int candidates)
    {
        // Room for every expansion of a step (width × candidates) at most half full.
        private readonly int _slots = (int)System.Numerics.BitOperations.RoundUpToPowerOf2((uint)(Math.Max(width, 1) * Math.Max(candidates, 1) * 2));
        private readonly List<Hyp> _hyps = [];
        private long[] _keys = [];
        private int[] _at = [];
        private int[] _stamp = [];
        private readonly float[] _worst = new float[width];
        private int _generation;
        private int _filled;

        /// <summary>Expansions scoring above this cannot enter the beam.</summary>
        public float Threshold { get; private set; } = float.MaxValue;

        public void Clear()
        {
            if (_keys.Length == 0)
            {
                (_keys, _at, _stamp) = (new long[_slots], new int[_slots], new int[_slots]);
            }
            _hyps.Clear();
            _generation++;
            _filled = 0;
            Threshold = float.MaxValue;
        }

        public void Offer(Hyp h)
        {
            if (h.Score > Threshold)
            {
                return;
            }
            var key = ((long)h.U << 32) | (uint)h.V;
            var mask = _slots - 1;
            var slot = (int)((ulong)(key * -7046029254386353131L) >> 40) & mask;
            while (_stamp[slot] == _generation)
            {
                if (_keys[slot] == key)
                {
                    var at = _at[slot];
                    if (h.Score < _hyps[at].Score)
                    {
                        _hyps[at] = h;
                    }
                    return;
                }
                slot = (slot + 1) & mask;
            }
            if (_hyps.Count >= _slots / 2)
            {
                throw new InvalidOperationException("too many expansions for one step");
            }
            _stamp[slot] = _generation;
            _keys[slot] = key;
            _at[slot] = _hyps.Count;
            _hyps.Add(h);
            // The bound: the width-th best first score of distinct states. A state's score only
            // falls later (recombination keeps the better path), so the bound stays safe.
            if (_filled < _worst.Length)
            {
                _worst[_filled++] = h.Score;
                if (_filled == _worst.Length)
                {
                    Threshold = Max(_worst);
                }
            }
            else if (h.Score < Threshold)
            {
                _worst[Array.IndexOf(_worst, Threshold)] = h.Score;
                Threshold = Max(_worst);
            }
        }

        /// <summary>The best <c>width</c> expansions, best first.</summary>
        public IEnumerable<Hyp> Best()
        {
            _hyps.Sort((a, b) => a.Score.CompareTo(b.Score));
            return _hyps.Take(width);
        }

        private static float Max(float[] values)
        {
            var m = values[0];
            for (var i = 1; i < values.Length; i++)
            {
                m = Math.Max(m, values[i]);
            }
            return m;
        }
    }

    private readonly record struct Hyp(int U, int V, float Score, int Previous, int Choice, int Position);

    // The token's candidates with the OCR engine's alternatives for its word merged in: an
    // alternative's cost is what keeping the word as read costs plus the engine's own −ln ratio
    // (weighted), so a nearly-as-likely "Chủ" for a read "Chú" is nearly as cheap as "Chú".
    // A legal syllable the engine read becomes another only at the price of UnofferedCost unless
    // the engine offered it: the engine saw the page, the language model only knows which words
    // are common in laws and plans (a medical price list's "van tim", heart valve, is none of them).
    // A token that is no syllable is damaged for sure and pays nothing more: restoring it is the
    // point ("Chú" offered "Chủ"; "s6" offered nothing).
    private Candidate[] WithAlternatives(LineToken token, Candidate[] candidates, IReadOnlyList<(string Text, float Cost)>? read)
    {
        if (read is null || read.Count == 0 && _options.UnofferedCost == 0)
        {
            return candidates;
        }
        var merged = candidates.ToList();
        var keep = _channel.Cost(token.Core, token.Core);
        var offered = new List<int>();
        foreach (var (text, cost) in read)
        {
            if (!text.StartsWith(token.Lead, StringComparison.Ordinal) || !text.EndsWith(token.Trail, StringComparison.Ordinal)
                || text.Length <= token.Lead.Length + token.Trail.Length)
            {
                continue;
            }
            var syllable = text[token.Lead.Length..^token.Trail.Length].ToLowerInvariant();
            var id = _lm.IdOf(syllable);
            if (id < LmSymbols.FirstSyllable || !Syllable.IsLegal(syllable))
            {
                continue;
            }
            offered.Add(id);
            var price = keep + _options.AlternativeWeight * cost;
            var at = merged.FindIndex(c => c.Id == id);
            if (at < 0)
            {
                merged.Add(new Candidate(id, syllable, price));
            }
            else if (price < merged[at].ChannelCost)
            {
                merged[at] = merged[at] with { ChannelCost = price };
            }
        }
        var seen = token.Core.ToLowerInvariant();
        if (_options.UnofferedCost > 0 && Syllable.IsLegal(seen))
        {
            // The word as read in either tone placement ("hoà", "hòa") is the engine's own reading.
            var asRead = Syllable.SplitTone(seen);
            for (var i = 0; i < merged.Count; i++)
            {
                var c = merged[i];
                if (!offered.Contains(c.Id) && c.Syllable != seen && Syllable.SplitTone(c.Syllable) != asRead)
                {
                    merged[i] = c with { ChannelCost = c.ChannelCost + _options.UnofferedCost };
                }
            }
        }
        return [.. merged.OrderBy(c => c.ChannelCost)];
    }

    /// <summary>The candidates for one token core (cached: documents repeat their words).</summary>
    public Candidate[] CandidatesFor(string core) => _cache.GetOrAdd(core, ComputeCandidates);

    private Candidate[] ComputeCandidates(string core)
    {
        var seen = core.ToLowerInvariant();
        var folded = VietnameseText.Fold(seen);
        var list = new List<Candidate>();
        // A token that is itself a syllable is at most a mark or one letter away from the truth
        // (mark slips keep the unmarked letters); only damaged tokens search two edits away.
        var seenIsLegal = Syllable.IsLegal(seen);
        var maxDistance = seenIsLegal ? 1 : 2;
        // One letter read as two or two as one ("ư" → "u'", "ươ" → "w") is a single edit to the
        // channel but two or three to a letter-by-letter neighbourhood: damaged tokens look those
        // up too. Legal tokens (most of any text) take their neighbours as they come.
        var keys = seenIsLegal
            ? _index.FoldedNeighbours(folded, maxDistance)
            : _index.FoldedNeighbours([folded, .. _channel.UndoTwoLetterEdits(folded)], maxDistance);
        foreach (var key in keys)
        {
            foreach (var s in _index.SyllablesOf(key))
            {
                var id = _lm.IdOf(s);
                if (id == LmSymbols.Unknown || _options.OnlyAttestedCandidates && !_lm.IsAttested(id) && s != seen)
                {
                    continue;
                }
                // Scored in the token's case: "PONG" against "ĐỒNG", "Pé" against "Đề".
                list.Add(new Candidate(id, s, _channel.Cost(CaseShape.Apply(core, s), core)));
            }
        }
        // Rank by the posterior the beam will mostly follow — channel × how common the syllable
        // is — not by the channel alone: P(é | ẻ) is high, but "nẻng" is no word and "nông" is.
        float Prior(Candidate c) => _options.ChannelWeight * c.ChannelCost - _lm.LogFrequency(c.Id);
        list.Sort((a, b) => Prior(a).CompareTo(Prior(b)));
        var best = list.Count > 0 ? Prior(list[0]) : float.MaxValue;
        var kept = list.Where(c => Prior(c) <= best + _options.ChannelMargin).Take(_options.CandidatesPerToken).ToList();
        // Keeping the token as it is: a name, a foreign word, an abbreviation in lower case —
        // or, for a lone digit, the number it may really be.
        if (core.All(char.IsDigit))
        {
            kept.Add(new Candidate(LmSymbols.Number, core, 0));
        }
        else if (!seenIsLegal)
        {
            kept.Add(new Candidate(LmSymbols.Unknown, core, _options.KeepUnknownCost));
        }
        // Cheapest channel first: the decoder stops at the first candidate that cannot pay off.
        return [.. kept.OrderBy(c => c.ChannelCost)];
    }
}
