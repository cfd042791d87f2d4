using System.Globalization;
using System.Text.RegularExpressions;
using Ingest.Extraction.Rules;
using Ingest.Text;

namespace Ingest.Extraction;

/// <summary>
/// Finds the allocations of awards and places: "Sở Kế hoạch và Đầu tư: … 01 tập thể, 01 cá nhân",
/// "Mỗi huyện, thành phố, thị xã lựa chọn, đề nghị 01 xã, 01 thôn …", and the exception
/// "Riêng huyện Sơn Động lựa chọn, đề nghị 02 đơn vị cấp xã" as a quota of its own. Rules quota.*;
/// vocabularies quota-units, awards, bodies (column holder), administrative-units (columns level, list).
/// </summary>
public static class QuotaFinder
{
    private static readonly RuleRef PartyParenthesisRule = new("party.parenthesis");
    private static readonly RuleRef QuotaAllocationRule = new("quota.allocation");
    private static readonly RuleRef QuotaAlternativeRule = new("quota.alternative");
    private static readonly RuleRef QuotaOwnProvinceRule = new("quota.own-province");
    private static readonly RuleRef QuotaTableRowClassRule = new("quota.table-row-class");
    private static readonly RuleRef QuotaTeamRule = new("quota.team");
    private static readonly RuleRef QuotaOpenCountRule = new("quota.open-count");
    private static readonly RuleRef QuotaListedCountRule = new("quota.listed-count");
    private static readonly RuleRef QuotaSharesHeadingRule = new("quota.shares-heading");
    private static readonly RuleRef QuotaSharedBodyRule = new("quota.shared-body");
    private static readonly RuleRef QuotaCopiesRule = new("quota.copies");
    private static readonly RuleRef QuotaCountLeadRule = new("quota.count-lead");
    private static readonly RuleRef QuotaAwardRule = new("quota.award");
    private static readonly RuleRef QuotaCacRule = new("quota.cac");
    private static readonly RuleRef QuotaColonCountRule = new("quota.colon-count");
    private static readonly RuleRef QuotaCompositionRule = new("quota.composition");
    private static readonly RuleRef QuotaCountRule = new("quota.count");
    private static readonly RuleRef QuotaEachRule = new("quota.each");
    private static readonly RuleRef QuotaExceptRule = new("quota.except");
    private static readonly RuleRef QuotaFloorRule = new("quota.floor");
    private static readonly RuleRef QuotaOwnerRule = new("quota.owner");
    private static readonly RuleRef QuotaGenericRule = new("quota.generic");
    private static readonly RuleRef QuotaNoOneRule = new("quota.no-one");
    private static readonly RuleRef QuotaBlockMembersRule = new("quota.block-members");
    private static readonly RuleRef QuotaHolderSeparatorRule = new("quota.holder-separator");
    private static readonly RuleRef QuotaHolderStopRule = new("quota.holder-stop");
    private static readonly RuleRef QuotaLabelRule = new("quota.label");
    private static readonly RuleRef QuotaLeadRule = new("quota.lead");
    private static readonly RuleRef QuotaRegionRule = new("quota.region-qualifier");
    private static readonly RuleRef QuotaMoneyRule = new("quota.money-unit");
    private static readonly RuleRef QuotaLevelRule = new("quota.level");
    private static readonly RuleRef QuotaNameSeparatorRule = new("quota.name-separator");
    private static readonly RuleRef QuotaNamedPlacesRule = new("quota.named-places");
    private static readonly RuleRef QuotaClassConditionRule = new("quota.class-condition");
    private static readonly RuleRef QuotaNamedDepartmentsRule = new("quota.named-departments");
    private static readonly RuleRef QuotaOpensClassRule = new("quota.opens-class");
    private static readonly RuleRef QuotaTwoClassesRule = new("quota.two-classes");
    private static readonly RuleRef QuotaFunctionWordRule = new("quota.function-word");
    private static readonly RuleRef QuotaKindOpensRule = new("quota.kind-opens");
    private static readonly RuleRef QuotaPassiveRule = new("quota.passive");
    private static readonly RuleRef QuotaPurposeEndRule = new("quota.purpose-end");

    /// <summary>
    /// The quotas of one document's body paragraphs, in reading order. <paramref name="province"/>,
    /// the issuer's province ("Tây Ninh" of "UBND tỉnh Tây Ninh"), names the bare "tỉnh" that holds.
    /// </summary>
    public static IReadOnlyList<Quota> Find(RuleBook rules, IReadOnlyList<BodyParagraph> paragraphs, string? province = null)
    {
        var result = new List<Quota>();
        string? purpose = null;
        // The class a paragraph last opened on ("Mỗi huyện, thành phố thành lập đoàn vận động viên …",
        // corpus/blind q06), though it allotted nothing: the "mỗi đơn vị" of the contests listed
        // under it is that class.
        Holder? opened = null;
        // The section of a heading that hands out shares to the places listed under it (rule quota.shares-heading).
        string? sharing = null;
        foreach (var p in paragraphs)
        {
            if (p.Label.Kind == SectionLabelKind.Roman)
            {
                purpose = null;
            }
            if (p.Section is { } section && p.Label.Kind is not (SectionLabelKind.None or SectionLabelKind.Bullet))
            {
                sharing = QuotaSharesHeadingRule.In(rules).IsMatch(p.Folded) ? section
                    : sharing is not null && section.StartsWith(sharing + ".", StringComparison.Ordinal) ? sharing : null;
            }
            var award = QuotaAwardRule.In(rules).Match(p.Text);
            if (award.Success && (p.Label.Kind is SectionLabelKind.Arabic or SectionLabelKind.Letter || award.Index < 3))
            {
                purpose = CleanPurpose(rules, award.Value);
            }
            if (p.InPreamble)
            {
                continue;
            }
            FindIn(rules, p, purpose, province, opened, sharing is not null && p.Section != sharing, result);
            opened = OpensClass(rules, p.Text) ?? opened;
        }
        // Money handed out is no quota (README-b): "Tổng số" / "Trong đó" of "(triệu đồng)" per district
        // (corpus/blind af01), whichever reader took its columns for counts (rule quota.money-unit).
        result.RemoveAll(q => QuotaMoneyRule.In(rules).IsMatch(VietnameseText.Fold(q.Unit.ToLowerInvariant())));
        return result;
    }

    private static void FindIn(RuleBook rules, BodyParagraph p, string? purpose, string? province, Holder? opened, bool shared, List<Quota> result)
    {
        var text = p.Text;
        var folded = p.Folded;
        // Most paragraphs hold no figure at all, and no count then (the rules below need a digit).
        if (folded.AsSpan().IndexOfAnyInRange('0', '9') < 0)
        {
            return;
        }
        // An allocation table's row: its counts by column, its holder's cell. The text below is read
        // for what running text allots; a table's row has said it already.
        if (p.Allotted is { } row)
        {
            if (AllottedIn(rules, row.Holder) is { Names.Count: > 0 } rowHolder)
            {
                var holder = Shared(rules, rowHolder);
                foreach (var (count, written, given) in row.Counts)
                {
                    result.Add(new Quota
                    {
                        Holder = holder.Names,
                        Each = holder.Each,
                        Count = count,
                        Unit = UnitOf(rules, VietnameseText.Fold(written), written),
                        Purpose = given ?? purpose,
                    });
                }
            }
            return;
        }
        // "Tổng số: 12 bản, 07 hợp tác xã …" (corpus/blind o03): a total allots nothing.
        if (QuotaCountLeadRule.In(rules).IsMatch(folded))
        {
            return;
        }
        var counts = QuotaCountRule.In(rules).Matches(folded).Where(m => !Parentheses.Enclose(folded, m.Index) && !AfterBoundOrOwner(rules, folded, m.Index)
            && !(m.Groups["unit"].Value == "ban" && QuotaCopiesRule.In(rules).IsMatch(folded.AsSpan(m.Index + m.Length))) && !RowNumberBeforeName(text, m)).ToList();
        // A count right after an allocating verb counts whatever it names, known unit or not
        // ("cử 02 thí sinh", "chọn 01 tuyến đường"): the vocabulary cannot list every unit. Such a
        // count needs an allocating verb in the paragraph itself.
        var allocates = QuotaAllocationRule.In(rules).IsMatch(folded);
        HashSet<int>? listed = null;
        // Under a heading that hands out shares, each "place count unit" item is one (rule quota.shares-heading).
        if (shared)
        {
            foreach (Match item in QuotaListedCountRule.In(rules).Matches(folded))
            {
                if (!counts.Any(c => c.Groups["n"].Index == item.Groups["n"].Index) && !Parentheses.Enclose(folded, item.Groups["n"].Index))
                {
                    counts.Add(item);
                }
                (listed ??= []).Add(item.Groups["n"].Index);
            }
            counts.Sort((a, b) => a.Groups["n"].Index.CompareTo(b.Groups["n"].Index));
        }
        if (allocates)
        {
            foreach (Match open in QuotaOpenCountRule.In(rules).Matches(folded))
            {
                var n = open.Groups["n"];
                if (!counts.Any(c => c.Groups["n"].Index == n.Index) && !Parentheses.Enclose(folded, n.Index))
                {
                    counts.Add(open);
                }
            }
            // A list's items stand after the paragraph's colon ("… như sau: xã Kim Thủy 08 căn, …").
            var colon = folded.IndexOf(':');
            foreach (Match item in colon < 0 ? Enumerable.Empty<Match>() : QuotaListedCountRule.In(rules).Matches(folded, colon))
            {
                var n = item.Groups["n"];
                if (!counts.Any(c => c.Groups["n"].Index == n.Index) && !Parentheses.Enclose(folded, n.Index))
                {
                    counts.Add(item);
                    (listed ??= []).Add(n.Index);
                }
            }
            counts.Sort((a, b) => a.Groups["n"].Index.CompareTo(b.Groups["n"].Index));
        }
        if (counts.Count == 0)
        {
            return;
        }
        var bodies = allocates ? null : BodiesListed(rules, text, counts);
        if (!allocates && listed is null && purpose is null && bodies is null && !QuotaColonCountRule.In(rules).IsMatch(folded)
            && (p.LeadIn is null || !QuotaAllocationRule.In(rules).IsMatch(VietnameseText.Fold(p.LeadIn))))
        {
            return;
        }
        // The award the paragraph names before a count (the purpose of that count), read once.
        var own = QuotaAwardRule.In(rules).Match(text);
        var ownPurpose = own.Success ? CleanPurpose(rules, own.Value) : null;
        var clauses = ClauseSplitter.Split(rules, folded);
        var first = result.Count;
        // The colon an allocating paragraph's list of items follows.
        var listColon = allocates ? text.IndexOf(':') : -1;
        for (var k = 0; k < counts.Count; k++)
        {
            var m = counts[k];
            var at = m.Groups["n"].Index;
            var unit = NamedInFull(rules, text, at, UnitOf(rules, m.Groups["unit"].Value, text.Substring(m.Groups["unit"].Index, m.Groups["unit"].Length)));
            // "01 tập thể hoặc 01 cá nhân" (corpus/blind f02): one allocation of either, not two
            // (README-b: one entry, unit "tập thể hoặc cá nhân").
            if (k + 1 < counts.Count && QuotaAlternativeRule.In(rules).IsMatch(folded[(m.Groups["unit"].Index + m.Groups["unit"].Length)..counts[k + 1].Groups["n"].Index]))
            {
                var next = counts[++k];
                unit += " hoặc " + UnitOf(rules, next.Groups["unit"].Value, text.Substring(next.Groups["unit"].Index, next.Groups["unit"].Length));
            }
            var clause = clauses.FirstOrDefault(c => c.Start <= at && at < c.End);
            // A list's item holds only when a place opens it ("cánh đồng liền thửa từ 50 ha" is none).
            var place = listed?.Contains(at) == true ? ListedPlace(rules, text, at) ?? (shared ? null : new Holder([], false))
                : bodies is not null && bodies.TryGetValue(at, out var body) ? body
                : (Holder?)null;
            // "Ban Thường vụ Huyện đoàn giao chỉ tiêu … như sau: Đoàn thị trấn Hà Lam 30 đoàn viên; …" (corpus/blind
            // bi04): in the clause of the allocating colon, the item after it holds, not the subject that gives.
            if (place is null && allocates && listColon >= 0 && clause.Start <= listColon
                && listColon < at && text.LastIndexOfAny([',', ';', ':'], at - 1) == listColon && text[(listColon + 1)..at].Trim().Length > 0)
            {
                place = ListedPlace(rules, text, at);
            }
            var holder = place
                ?? OwnProvince(rules, text, folded, clause, at, province)
                ?? HolderOf(rules, text, folded, clause, at, LastClass(result) ?? opened);
            // An item of the list after an allocating colon that no rule above reads: the body or class
            // that opens it ("… như sau: Hội LHPN thị trấn Trà Lân 70 hội viên; …", corpus/blind bg07).
            if (holder is not { Names.Count: > 0 } && allocates && listColon >= 0 && listColon < at)
            {
                holder = ListedPlace(rules, text, at) ?? holder;
            }
            holder ??= (clause.Start > 0 ? ColonHolder(rules, text[..at]) : null) ?? HolderOfLeadIn(rules, p.LeadIn);
            if (holder is null || holder.Value.Names.Count == 0)
            {
                continue;
            }
            holder = Shared(rules, holder.Value);
            // "Mỗi Phòng GDĐT chọn 02 trường THCS làm điểm; riêng Phòng GDĐT huyện Ý Yên và huyện Mỹ Lộc
            // chọn 01 trường" (corpus/blind h05): the unit said short is the one said in full before it.
            // A team by sex is no kind of team: "01 đội nam và 01 đội nữ … Ban Tổ chức xét chọn 08 đội" (q06).
            if (result.Skip(first).LastOrDefault(q => q.Unit.StartsWith(unit + " ", StringComparison.Ordinal) && !q.Unit.Contains(" hoặc ", StringComparison.Ordinal)
                && q.Unit[(unit.Length + 1)..] is not ("nam" or "nữ")) is { } fuller)
            {
                unit = fuller.Unit;
            }
            var purposeHere = own.Success && own.Index < at ? ownPurpose : purpose;
            result.Add(new Quota
            {
                Holder = holder.Value.Names,
                Each = holder.Value.Each,
                // "1.100 hội viên" (corpus/blind au03): the dots group thousands; "15,5 ha" (be08) keeps its fraction.
                Count = decimal.Parse(m.Groups["n"].Value.Replace(".", "", StringComparison.Ordinal).Replace(',', '.'), CultureInfo.InvariantCulture),
                Unit = unit,
                Purpose = purposeHere,
            });
        }
    }

    private readonly record struct Holder(IReadOnlyList<string> Names, bool Each);

    // "b) Các cơ quan, đoàn thể: Đoàn Thanh niên phường 30 đơn vị máu; Công an phường 15 đơn vị máu; Ban
    // Chỉ huy Quân sự phường 10 đơn vị máu; …" (corpus/blind as06): after the colon, items apart by ";",
    // each a body or a place and its count, and nothing more; the body or place that opens an item
    // holds its count. Null unless two items or more are so.
    private static Dictionary<int, Holder>? BodiesListed(RuleBook rules, string text, List<Match> counts)
    {
        var colon = text.IndexOf(':');
        if (colon < 0)
        {
            return null;
        }
        var found = new Dictionary<int, Holder>();
        var from = colon + 1;
        while (from < text.Length)
        {
            var end = text.IndexOf(';', from);
            end = end < 0 ? text.Length : end;
            var item = counts.Where(c => c.Groups["n"].Index >= from && c.Groups["n"].Index < end).ToList();
            if (item is [var count] && text[(count.Groups["unit"].Index + count.Groups["unit"].Length)..end].Trim().TrimEnd('.').Length == 0)
            {
                var name = text[from..count.Groups["n"].Index].Trim();
                if (PlacesNamed(rules, name) is { } place)
                {
                    found[count.Groups["n"].Index] = place;
                }
                else if (ResponsibleParty.NamesBody(rules, name) && !name.Contains(',', StringComparison.Ordinal))
                {
                    found[count.Groups["n"].Index] = new Holder([LowerLevel(rules, name)], false);
                }
            }
            from = end + 1;
        }
        return found.Count >= 2 ? found : null;
    }

    // "… phân bổ cho các xã như sau: xã Kim Thủy 08 căn, xã Lâm Thủy 06 căn" (corpus/blind h06, rule
    // quota.listed-count): the place that opens the item holds its count; else the body, or the class
    // before a "mỗi đơn vị"; null when none opens it.
    private static Holder? ListedPlace(RuleBook rules, string text, int at)
    {
        var start = text.LastIndexOfAny([',', ';', ':'], at - 1) + 1;
        // "Bản Đình Hương: 15,5 ha" (corpus/blind be08): the place before the colon.
        if (start > 0 && text[start - 1] == ':' && text[start..at].Trim().Length == 0)
        {
            at = start - 1;
            start = text.LastIndexOfAny([',', ';', ':'], at - 1) + 1;
        }
        var name = text[start..at].Trim();
        if (PlacesNamed(rules, name) is { } places)
        {
            return places;
        }
        // "… như sau: Hội LHPN thị trấn Trà Lân 70 hội viên; …; các cơ sở Hội còn lại mỗi đơn vị 45 hội viên"
        // (corpus/blind bg07): a body opens an item as a place does; a class of bodies with a "mỗi" that names
        // no one after it holds its count each.
        var each = QuotaEachRule.In(rules).Matches(name).LastOrDefault();
        if (each is not null && each.Index > 0 && QuotaGenericRule.In(rules).IsMatch(VietnameseText.Fold(name[(each.Index + each.Length)..].Trim()))
            && name[..each.Index].Trim() is var cls && cls.StartsWith("các ", StringComparison.OrdinalIgnoreCase))
        {
            return new Holder([cls], true);
        }
        return each is null && ResponsibleParty.NamesBody(rules, name) ? new Holder([name], false) : null;
    }

    // "Xã Đồng Sơn", "huyện Mộc Châu", "xã Xuân Sơn, xã Kim Thượng": the named places, each with its
    // level in lower case (several hold each), or null when the words name no place.
    private static Holder? PlacesNamed(RuleBook rules, string name)
    {
        if (!NamesPlace(rules, name))
        {
            return null;
        }
        var places = ExpandNames(rules, LowerLevel(rules, name));
        return new Holder(places, places.Count > 1);
    }

    // "Phòng GDĐT huyện Phong Điền và huyện Thới Lai" (corpus/blind d06, h05, rule quota.shared-body):
    // the Phòng of each district, each.
    private static Holder Shared(RuleBook rules, Holder holder)
    {
        if (holder.Names is not [var one] || QuotaSharedBodyRule.In(rules).Match(one) is not { Success: true } m)
        {
            return holder;
        }
        var (body, level) = (m.Groups["body"].Value, m.Groups["level"].Value);
        return new Holder([$"{body} {level} {m.Groups["a"].Value}", $"{body} {level} {m.Groups["b"].Value}"], true);
    }

    // A list's items name the unit by its first word, the lead in full: "Từ 26 căn nhà … phân bổ
    // cho các xã như sau: xã Kim Thủy 08 căn" (corpus/blind h06) counts "căn nhà". The unit as
    // the lead wrote it after a number before the list's colon, when the item's word opens it.
    private static string NamedInFull(RuleBook rules, string text, int at, string unit)
    {
        var colon = text.LastIndexOf(':', at);
        if (colon < 0 || unit.Contains(' ', StringComparison.Ordinal))
        {
            return unit;
        }
        var lead = text.AsSpan(0, colon);
        var key = " " + unit + " ";
        for (var i = lead.LastIndexOf(key, StringComparison.Ordinal); i > 0; i = lead[..i].LastIndexOf(key, StringComparison.Ordinal))
        {
            if (char.IsAsciiDigit(lead[i - 1]))
            {
                var rest = lead[(i + key.Length)..];
                var end = rest.IndexOfAny(' ', ',', ';');
                var word = end < 0 ? rest : rest[..end];
                // "cử 03 người tham dự" (corpus/blind q07): a function word names no unit.
                return word.Length > 0 && char.IsLetter(word[0]) && char.IsLower(word[0]) && !QuotaFunctionWordRule.In(rules).IsMatch(VietnameseText.Fold(word.ToString()))
                    ? unit + " " + word.ToString() : unit;
            }
        }
        return unit;
    }

    // An allocation table's row (QuotaTable): its holder's cell, the level of a place in lower case
    // as a holder is written ("Huyện Long Hồ" → "huyện Long Hồ"; "Sở Giáo dục và Đào tạo" stays);
    // a colon of its own, "Các huyện: Krông Pa, Ia Pa, Kông Chro (mỗi huyện)" (corpus/blind f05).
    private static Holder? AllottedIn(RuleBook rules, string who)
    {
        if (who.Length == 0)
        {
            return null;
        }
        // "Mỗi huyện: Nam Trà My, Bắc Trà My" and "Các huyện: Krông Pa, Ia Pa (mỗi huyện)": each named
        // place; "Mỗi sở, ban, ngành, hội, đoàn thể cấp tỉnh": the class, each (rule quota.table-row-class).
        var cls = QuotaTableRowClassRule.In(rules).Match(who);
        if (cls.Success && (cls.Groups["names"].Success || cls.Groups["each"].Success || cls.Groups["lead"].Value.Equals("Mỗi", StringComparison.OrdinalIgnoreCase)))
        {
            var each = cls.Groups["each"].Success || cls.Groups["lead"].Value.Equals("Mỗi", StringComparison.OrdinalIgnoreCase);
            var kind = cls.Groups["kind"].Value.Trim();
            if (!cls.Groups["lead"].Success)
            {
                // "Công an xã, Ban Chỉ huy Quân sự xã (mỗi đơn vị)" (corpus/blind ao04): the bodies named,
                // each; a place among them with its level in lower case, "Thành phố Đông Hà, thị xã Quảng
                // Trị (mỗi đơn vị)" (aq02).
                return new Holder([.. cls.Groups["names"].Value.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).Select(n => LowerLevel(rules, n))], true);
            }
            // "Đoàn các xã: Đại Hưng, Đại Lãnh (mỗi đơn vị)" (corpus/blind aq03): each place's body.
            var body = cls.Groups["body"].Success ? cls.Groups["body"].Value + " " : "";
            if (cls.Groups["names"].Success)
            {
                var places = ExpandNames(rules, kind + " " + cls.Groups["names"].Value.Trim());
                return new Holder([.. places.Select(p => body + p)], each || places.Count > 1);
            }
            // "Các xã Đạ K' Nàng, Đạ M' Rong, Đạ Long, Đạ Tông (mỗi đơn vị)" (corpus/blind ar03): the places named, each.
            if (QuotaNamedPlacesRule.In(rules).IsMatch("các " + kind) && ExpandNames(rules, "các " + kind) is { Count: > 1 } named)
            {
                return new Holder([.. named.Select(n => body + LowerLevel(rules, n))], true);
            }
            return new Holder([body + "các " + kind], true);
        }
        // "Cụm thi đua số 1 (các huyện miền núi)" (corpus/blind g05): the row's name, not its aside.
        return new Holder([LowerLevel(rules, WithoutAside(rules, who).Trim())], false);
    }

    // "Hội CCB thị trấn Mường Xén và xã Hữu Kiệm" (corpus/blind ap03): one body's kind over places
    // joined by "và", each its own body ("Hội CCB xã Hữu Kiệm"); null for any other name.
    // "cơ sở Hội xã Rô Men và cơ sở Hội xã Phi Liêng" (ar03): the kind said again before each place.
    // "Đoàn xã Bình Dương, Bình Minh, Bình Nam" (bi04): bare names after the first, each the first's body and level;
    // "Đoàn trường THPT Tiểu La, THPT Nguyễn Thái Bình" (bi04): a name that opens on a word of the first, after its
    // body's words, is that body's too ("Đoàn trường THPT Nguyễn Thái Bình").
    private static List<string>? BodyOverPlaces(RuleBook rules, string name)
    {
        var parts = name.Split([" và ", ", "], StringSplitOptions.TrimEntries);
        var words = parts[0].Split(' ');
        var at = Enumerable.Range(1, Math.Max(0, words.Length - 1)).FirstOrDefault(k => QuotaLevelRule.In(rules).IsMatch(string.Join(' ', words[k..])), -1);
        // "môn Điền kinh, thành phố Đông Hà và huyện Hướng Hóa" (z06): words before a comma are no body's kind.
        var body = at < 1 ? "" : string.Join(' ', words[..at]);
        var level = at < 1 ? null : QuotaLevelRule.In(rules).Match(string.Join(' ', words[at..])).Value.TrimEnd();
        if (parts.Length < 2 || parts.Any(p => p.Length == 0) || !char.IsUpper(parts[0][0]))
        {
            return null;
        }
        // A bare name takes the first's body and level, unless that level is a class ("Trạm Y tế các xã Bãi Trành,
        // Xuân Bình", corpus/blind an05).
        var bareTakesLevel = level is { Length: > 0 } && !(body + " " + level).Contains(" các ", StringComparison.OrdinalIgnoreCase);
        var places = parts.Skip(1).Select(p =>
            body.Length > 0 && QuotaLevelRule.In(rules).IsMatch(p) ? body + " " + p
            : body.Length > 0 && p.StartsWith(body + " ", StringComparison.Ordinal) && QuotaLevelRule.In(rules).IsMatch(p[(body.Length + 1)..]) ? p
            : Array.IndexOf(words, p.Split(' ')[0], Math.Min(2, words.Length)) is var opens and > 1 && VietnameseText.IsAcronym(words[opens])
                ? string.Join(' ', words[..opens]) + " " + p
            : bareTakesLevel && char.IsUpper(p[0]) && !p.Contains(' ' + level + ' ', StringComparison.Ordinal) && p.Count(c => c == ' ') <= 3
                && !ResponsibleParty.NamesBody(rules, p) ? $"{body} {level} {p}"
            : null).ToList();
        return places.Contains(null) ? null : [parts[0], .. places.OfType<string>()];
    }

    // A place named with its level: "Xã Đồng Sơn", "huyện Phú Bình" — not a heading's words.
    private static bool NamesPlace(RuleBook rules, string text)
    {
        var level = QuotaLevelRule.In(rules).Match(text);
        return level.Success && level.Length < text.Length && OpensName(text, level.Length) && text.Count(c => c == ' ') <= 8;
    }

    // A place's name after its level: a capital ("xã Đồng Sơn"), or a number ("thôn 3", "tổ dân phố
    // số 4", corpus/blind m04, h07).
    private static bool OpensName(string text, int at) =>
        char.IsUpper(text[at]) || char.IsAsciiDigit(text[at])
        || (text.AsSpan(at).StartsWith("số ", StringComparison.Ordinal) && at + 3 < text.Length && char.IsAsciiDigit(text[at + 3]));

    // A place's level in lower case, as a holder is written: "Huyện Long Hồ" → "huyện Long Hồ"; a
    // body ("Sở Giáo dục và Đào tạo") stays as it is.
    private static string LowerLevel(RuleBook rules, string who)
    {
        var level = QuotaLevelRule.In(rules).Match(who);
        return level.Success ? who[..level.Length].ToLowerInvariant() + who[level.Length..] : who;
    }

    // The class the last allocation went to ("mỗi huyện, thành phố cử 04 vận động viên"), which a
    // later "mỗi đơn vị" under another label means (corpus/blind g06: "- Đẩy gậy: mỗi đơn vị cử 03
    // vận động viên nam").
    private static Holder? LastClass(List<Quota> found) =>
        found.Count > 0 && found[^1] is { Each: true, Holder: [var only] } q && only.StartsWith("các ", StringComparison.Ordinal) ? new Holder(q.Holder, true) : null;

    // A short label that names no one ("Đẩy gậy", "Chạy cà kheo"): not a list, not a class ("Các
    // huyện, thị xã, thành phố"), no body's name.
    private static bool IsContestLabel(RuleBook rules, string label)
    {
        var t = StripLabel(rules, label).TrimStart('-', ' ');
        return t.Length > 0 && !t.Contains(',', StringComparison.Ordinal) && t.Count(c => c == ' ') < 4
            && !QuotaCacRule.In(rules).IsMatch(t) && !ResponsibleParty.NamesBody(rules, t);
    }

    private static Holder? HolderOf(RuleBook rules, string text, string folded, ClauseSplitter.Span clause, int at, Holder? lastClass = null)
    {
        var cf = folded[clause.Start..at];
        var ct = text[clause.Start..at];
        // "Riêng các huyện Kỳ Sơn, Tương Dương … được đề nghị 02 thôn": the exception's own holders.
        var rieng = QuotaExceptRule.In(rules).Match(cf);
        if (rieng.Success)
        {
            var names = ct[(rieng.Index + rieng.Length)..];
            var stop = StopIn(rules, names);
            // "riêng Tổ dân phố số 4, … và Tổ dân phố số 12 (tổ có trên 350 hộ), mỗi tổ …" (corpus/blind
            // h07): an aside the verb cut in two is no name.
            var open = names.LastIndexOf('(', Math.Max(0, stop - 1));
            stop = open >= 0 && names.IndexOf(')', open) is var close && (close < 0 || close >= stop) ? open : stop;
            // "Riêng Sở Xây dựng (cơ quan thường trực Ban Chỉ đạo của tỉnh) được đề nghị …" (corpus/blind f01).
            var list = ExpandNames(rules, WithoutAside(rules, names[..stop])).Select(n => LowerLevel(rules, n)).ToList();
            if (list.Count == 1 && ResponsibleParty.NamesBody(rules, list[0]))
            {
                // "riêng Sở Lao động - Thương binh và Xã hội và Sở Xây dựng" (corpus/blind d05): bodies, not places.
                list = SplitList(rules, list[0]);
            }
            if (list.Count == 1 && BodyOverPlaces(rules, list[0]) is { } spread)
            {
                list = spread;
            }
            // "riêng chi đoàn buôn Tơng Rang và chi đoàn buôn Hàng Năm, mỗi chi đoàn cử 15 đoàn viên"
            // (corpus/blind ba05): holders named one by one, each opening on the kind "mỗi" names.
            if (list.Count == 1 && QuotaEachRule.In(rules).Matches(ct).LastOrDefault() is { } each
                && ct[(each.Index + each.Length)..].Trim() is { Length: > 0 } after
                && list[0].Split([", ", " và "], StringSplitOptions.TrimEntries) is { Length: > 1 } parts
                && Array.TrueForAll(parts, n => VietnameseText.Fold(n).StartsWith(VietnameseText.Fold(after.Split(' ')[0]) + " ", StringComparison.Ordinal)))
            {
                list = [.. parts];
            }
            return new Holder(list, list.Count > 1);
        }
        // "Mỗi huyện, thành phố, thị xã lựa chọn …": a class of holders; "X, Y: mỗi đơn vị …": the list before ":".
        // The last "mỗi" before the count: "mỗi huyện, thị xã, thành phố cử 03 công chức, mỗi sở,
        // ngành cử 01 công chức tham dự" (corpus/blind c06) gives each count its own class.
        var moi = QuotaEachRule.In(rules).Matches(ct).LastOrDefault() ?? Match.Empty;
        if (moi.Success)
        {
            var what = ct[(moi.Index + moi.Length)..];
            var digit = what.AsSpan().IndexOfAnyInRange('0', '9');
            var cls = what[..Math.Min(StopIn(rules, what), digit < 0 ? what.Length : digit)].Trim(' ', ',', ':');
            if (QuotaTeamRule.In(rules).IsMatch(VietnameseText.Fold(cls)))
            {
                return new Holder([], false); // what each team is made of (README-b): no allocation
            }
            var before = ct[..moi.Index];
            var colon = before.LastIndexOf(':');
            // The words before that colon, back to the one before it, without their label: what the
            // tests below read of the lead.
            var colonLead = colon > 0 ? StripLabel(rules, before[(before.LastIndexOf(':', colon - 1) + 1)..colon]).TrimStart('-', ' ') : "";
            // "Các thôn, tổ dân phố còn lại: mỗi thôn, tổ dân phố chọn 01 tuyến đường" (corpus/blind
            // g04): the lead names the class more narrowly than "mỗi" does, and holds.
            // "Khối các cơ quan Đảng, đoàn thể tỉnh và Khối Văn hóa - Xã hội: mỗi Khối 02 tập thể",
            // "Cụm thi đua số 1 và Cụm thi đua số 2 (các huyện, thành phố): mỗi Cụm …" (corpus/blind
            // k02): the lead names the holders of the kind after "mỗi", each.
            if (colon > 0 && LeadListsKind(rules, colonLead, cls) is { } kinds)
            {
                return new Holder(kinds, true);
            }
            // "- Thôn 1, thôn 2, thôn 5: mỗi thôn đăng ký 01 tuyến đường" (corpus/blind m04): the places
            // of the class named before the colon, each.
            if (colon > 0 && cls.Length > 0 && NamesPlace(rules, colonLead)
                && VietnameseText.Fold(colonLead).StartsWith(VietnameseText.Fold(cls) + " ", StringComparison.Ordinal)
                && ExpandNames(rules, colonLead) is { Count: > 1 } classPlaces)
            {
                return new Holder([.. classPlaces.Select(n => LowerLevel(rules, n))], true);
            }
            if (colon > 0 && (QuotaGenericRule.In(rules).IsMatch(VietnameseText.Fold(cls)) || LeadNamesClass(colonLead, cls)))
            {
                // "Các huyện, thị xã, thành phố: mỗi đơn vị …" — the bodies before the colon; "Khen
                // thưởng doanh nghiệp: Sở Nông nghiệp …, Ban Quản lý …, mỗi đơn vị …" (corpus/blind
                // d01) — the bodies between it and "mỗi"; named units of the class ("Các huyện Yên
                // Định, Hoằng Hóa, Thọ Xuân: mỗi huyện 01 tập thể", corpus/plans b01). A heading's words
                // ("Khen thưởng hộ gia đình: mỗi huyện …") name none: the class after "mỗi" is the holder.
                var between = before[(colon + 1)..].Trim(' ', ',');
                // "Đề nghị: các sở Nông nghiệp và Phát triển nông thôn, Công Thương, …, Kế hoạch và Đầu
                // tư mỗi sở cử 01 lãnh đạo" (corpus/blind q08), "Các sở: Kế hoạch và Đầu tư, …, Tài chính
                // mỗi sở cử 02 công chức" (p01): each department by its name.
                if ((DepartmentsNamed(rules, between) ?? DepartmentsNamed(rules, colonLead + " " + between)) is { } departments)
                {
                    return new Holder(departments, true);
                }
                var listed = QuotaBlockMembersRule.In(rules).Remove(colonLead);
                if (between.Length > 0 && ResponsibleParty.NamesBody(rules, between))
                {
                    return new Holder(SplitList(rules, between), true);
                }
                var namesHolders = ResponsibleParty.NamesBody(rules, WithoutAside(rules, listed)) || NamesPlace(rules, listed)
                    || (" " + VietnameseText.Fold(listed) + " ").Contains(" " + VietnameseText.Fold(cls) + " ", StringComparison.Ordinal);
                if (between.Length == 0 && !namesHolders && IsContestLabel(rules, WithoutAside(rules, listed)) && QuotaNoOneRule.In(rules).IsMatch(VietnameseText.Fold(cls)))
                {
                    // "- Đẩy gậy: mỗi đơn vị …": the label is a contest's, the units the class named
                    // before; with none before, every unit the letter goes to ("a) Bóng đá nam (sân 7
                    // người): mỗi đơn vị cử 01 đội", corpus/blind u04).
                    return lastClass ?? new Holder(["các " + cls.ToLowerInvariant()], true);
                }
                if (between.Length == 0 && (namesHolders || QuotaNoOneRule.In(rules).IsMatch(VietnameseText.Fold(cls))))
                {
                    // "Xã Xuân Sơn, xã Kim Thượng: mỗi xã 15 hộ" (corpus/blind e08): places, each with its level.
                    var places = ExpandNames(rules, LowerLevel(rules, listed));
                    return new Holder(places.Count > 1 ? places : SplitList(rules, listed), true);
                }
            }
            // "các huyện Chiêm Hóa, Hàm Yên, Yên Sơn, Sơn Dương mỗi huyện cử 30 học viên" (corpus/blind
            // y03), "thôn Vạn Đồn, thôn Trung Đồng mỗi thôn 60 hộ gia đình" (y06), "huyện Gio Linh, huyện
            // Hải Lăng mỗi huyện chọn 03 xã" (y07): the places of the class named right before "mỗi", each,
            // without an aside ("Các xã Phong Phú, Hòa Ân, Châu Điền (đã đạt chuẩn nông thôn mới) mỗi xã
            // chọn 01 ấp", aq01).
            var placesBefore = (colon > 0 ? before[(colon + 1)..] : before).Trim(' ', ',');
            if (cls.Length > 0 && placesBefore.Length > 0
                && (QuotaNamedPlacesRule.In(rules).IsMatch(placesBefore) || NamesPlace(rules, placesBefore))
                && (" " + VietnameseText.Fold(placesBefore)).Contains(" " + VietnameseText.Fold(cls) + " ", StringComparison.Ordinal)
                && ExpandNames(rules, LowerLevel(rules, WithoutAside(rules, placesBefore).Trim())) is { Count: > 0 } eachPlace)
            {
                return new Holder([.. eachPlace.Select(n => LowerLevel(rules, n))], true);
            }
            // "riêng Sở Lao động - Thương binh và Xã hội và Sở Xây dựng, mỗi sở không quá 02 tập thể"
            // (corpus/blind d05): the bodies named before "mỗi" in the clause, each.
            var named = before.Trim(' ', ',');
            // "Mỗi sở, ban, ngành tỉnh và mỗi huyện, thành phố lựa chọn, đề nghị …" (corpus/blind r08):
            // two classes, each.
            if (QuotaTwoClassesRule.In(rules).Match(named) is { Success: true } first && cls.Length > 0
                && !QuotaNoOneRule.In(rules).IsMatch(VietnameseText.Fold(cls)))
            {
                return new Holder(["các " + WithoutAside(rules, first.Groups["cls"].Value).Trim(), "các " + WithoutAside(rules, cls).Trim()], true);
            }
            var except = QuotaExceptRule.In(rules).Match(VietnameseText.Fold(named));
            named = except.Success ? named[(except.Index + except.Length)..].Trim() : named;
            // "Hội Nông dân mỗi huyện, thị xã, thành phố chọn 02 xã" (corpus/blind au03): a body right
            // before a class of places is its branch in each of them.
            if (colon < 0 && named.Length > 0 && !named.Contains(',', StringComparison.Ordinal) && !named.Contains('(', StringComparison.Ordinal)
                && QuotaLevelRule.In(rules).IsMatch(cls.Split(',')[0].Trim() + " ") && ResponsibleParty.NamesBody(rules, named))
            {
                return new Holder([StripLabel(rules, named).TrimStart('-', ' ') + " các " + WithoutAside(rules, cls).Trim()], true);
            }
            if (colon < 0 && named.Length > 0 && ResponsibleParty.NamesBody(rules, named))
            {
                // "Các tổ chức chính trị - xã hội huyện (Hội Liên hiệp Phụ nữ, Hội Nông dân, …) mỗi đơn vị
                // đề nghị …" (corpus/blind o01): the class, its members' aside left out.
                var bodies = SplitList(rules, WithoutAside(rules, named));
                return new Holder(bodies.Count == 1 && BodyOverPlaces(rules, bodies[0]) is { } spread ? spread : bodies, true);
            }
            // "2. Ủy ban nhân dân các xã, thị trấn:" / "- Mỗi đơn vị cử 01 lãnh đạo …" (corpus/blind
            // w07): "mỗi đơn vị" with no one before it in the line names whoever the lead-in does.
            if (colon < 0 && named.Length == 0 && QuotaNoOneRule.In(rules).IsMatch(VietnameseText.Fold(cls)))
            {
                return null;
            }
            // "các thôn còn lại mỗi thôn 30 hộ gia đình" (corpus/blind y06): the class the clause names
            // before "mỗi", narrower than the kind after it.
            if (colon < 0 && VietnameseText.Fold(named) is var namedFolded && namedFolded.StartsWith("cac ", StringComparison.Ordinal)
                && namedFolded.EndsWith(" con lai", StringComparison.Ordinal) && namedFolded.Contains(" " + VietnameseText.Fold(cls) + " ", StringComparison.Ordinal))
            {
                return new Holder([Lower(named)], true);
            }
            // "Các xã đã được công nhận đạt chuẩn nông thôn mới (Hòa Ân, Phong Thạnh, Ninh Thới), mỗi xã chọn
            // 01 ấp" (corpus/blind as01): the class's places named in its aside, each.
            if (colon < 0 && AsideNames(rules, named, cls) is { } asidePlaces)
            {
                return new Holder(asidePlaces, true);
            }
            // A single kind after "mỗi" is the class too ("Mỗi xã cử 02 cán bộ tham gia tập huấn",
            // corpus/blind e08), unless it names no kind of unit ("mỗi đơn vị" with no list before it).
            if (cls.Length > 0 && !QuotaNoOneRule.In(rules).IsMatch(VietnameseText.Fold(cls)))
            {
                // "Mỗi huyện, thị xã, thành phố (trừ huyện Cồn Cỏ) cử 01 đội xung kích" (corpus/blind
                // d08): the class without its exception.
                return new Holder([Lower("các " + WithoutAside(rules, cls))], true);
            }
        }
        // "Sở Lao động - Thương binh và Xã hội: 02 tập thể, 02 cá nhân".
        var colonAt = ct.IndexOf(':');
        var lead = colonAt > 0 ? WithoutAside(rules, StripLabel(rules, ct[..colonAt])) : "";
        // "Các sở, ngành là cơ quan chủ trì dự án, tiểu dự án: 01 tập thể hoặc 01 cá nhân" (corpus/blind
        // p04): a class with its condition, kept whole (README-b), each of it.
        if (colonAt > 0 && QuotaClassConditionRule.In(rules).Match(lead) is { Success: true } condition
            && ResponsibleParty.NamesBody(rules, lead[..condition.Index]))
        {
            // "Cơ quan, đơn vị cấp huyện có dưới 20 cán bộ, công chức, viên chức: 01 tập thể" (corpus/blind
            // t01, o04): a kind of unit with its condition is a class though it says no "các".
            if (QuotaCacRule.In(rules).IsMatch(lead))
            {
                return new Holder([Lower(lead)], true);
            }
            if (QuotaKindOpensRule.In(rules).IsMatch(VietnameseText.Fold(lead)))
            {
                return new Holder(["các " + char.ToLowerInvariant(lead[0]) + lead[1..]], true);
            }
        }
        if (colonAt > 0 && ResponsibleParty.NamesBody(rules, lead))
        {
            // "Các sở, ngành: 01 tập thể hoặc 01 cá nhân" (README-b): one class, each of it.
            var list = SplitList(rules, lead);
            return new Holder(list, list.Count > 1 || QuotaCacRule.In(rules).IsMatch(lead));
        }
        // "- Xã Đồng Sơn: 12 hộ;" (corpus/blind e08): a named place holds, its level in lower case.
        if (colonAt > 0 && PlacesNamed(rules, lead) is { } colonPlaces)
        {
            return colonPlaces;
        }
        // "- Các doanh nghiệp nhà nước do tỉnh quản lý: 01 tập thể, 01 cá nhân;" (corpus/blind m02): a
        // class before the colon, each of it.
        if (colonAt > 0 && ClassOf(rules, lead) is { } colonClass)
        {
            return colonClass;
        }
        // "Sở Văn hóa và Thể thao lựa chọn 01 tập thể"; "…, tỉnh Quảng Ngãi được đề nghị 01 tập thể".
        var afterColon = colonAt > 0 ? colonAt + 1 : 0;
        var sf = cf[afterColon..].TrimStart();
        var offset = afterColon + (cf.Length - afterColon - sf.Length);
        var subject = ResponsibleParty.SubjectLength(rules, ct[offset..]);
        if (subject > 0)
        {
            // "Các cơ quan Trung ương đóng trên địa bàn tỉnh được giới thiệu tối đa 01 tập thể" (m02):
            // the passive's marker is no part of the name, and a class holds each.
            var named = ct.Substring(offset, subject).Trim();
            named = named.EndsWith(" được", StringComparison.Ordinal) ? named[..^5] : named;
            if (ClassOf(rules, named) is { } subjectClass)
            {
                return subjectClass;
            }
            var list = ResponsibleParty.Split(rules, named);
            return list.Count == 0 ? null : new Holder(list.Count == 1 ? [list[0]] : list, list.Count > 1);
        }
        // "…; huyện Cồn Cỏ đề nghị 01 tập thể hoặc 01 cá nhân" (corpus/blind h01): a named place
        // as the clause's subject.
        var rest = StripLabel(rules, ct[offset..]);
        var placeEnd = StopIn(rules, rest);
        if (placeEnd < rest.Length && PlacesNamed(rules, rest[..placeEnd].Trim()) is { } subjectPlaces)
        {
            return subjectPlaces;
        }
        // "Trên cơ sở danh sách giới thiệu, UBND huyện lựa chọn không quá 25 hộ gia đình" (corpus/blind
        // e03), "…, Chủ tịch UBND tỉnh xét tặng Bằng khen cho không quá 15 tập thể" (f01): the body
        // just before the allocating verb, after the clause's opening phrase.
        if (BodyBeforeVerb(rules, ct, cf) is { } body)
        {
            return body;
        }
        var passive = QuotaPassiveRule.In(rules).Match(cf);
        if (passive.Success)
        {
            var head = ct[..passive.Index];
            var comma = head.LastIndexOf(',');
            var name = head[(comma + 1)..].Trim();
            if (name.Length > 0)
            {
                return new Holder([name], false);
            }
        }
        return null;
    }

    // "Bằng khen của Thủ tướng Chính phủ: tỉnh đề nghị 01 tập thể, 02 cá nhân" (corpus/blind e01),
    // "Tỉnh đề nghị Thủ tướng Chính phủ tặng Bằng khen cho 01 tập thể" (g03): the issuer's province,
    // named as the issuer is (README-b).
    private static Holder? OwnProvince(RuleBook rules, string text, string folded, ClauseSplitter.Span clause, int at, string? province)
    {
        if (province is null)
        {
            return null;
        }
        var cf = folded[clause.Start..at];
        var colon = cf.IndexOf(':');
        return QuotaOwnProvinceRule.In(rules).IsMatch(StripLabel(rules, cf[(colon + 1)..]).TrimStart()) ? new Holder(["tỉnh " + province], false) : null;
    }

    private static Holder? BodyBeforeVerb(RuleBook rules, string ct, string cf)
    {
        var verb = QuotaAllocationRule.In(rules).Matches(cf).LastOrDefault();
        if (verb is null || verb.Index == 0)
        {
            return null;
        }
        var before = ct[..verb.Index];
        var start = before.LastIndexOfAny([',', ';', ':']) + 1;
        var name = WithoutAside(rules, before[start..]).Trim();
        // "Hội LHPN tỉnh được phân bổ 09 đại biểu" (corpus/blind k07): the passive's marker is no part of the name.
        name = name.EndsWith(" được", StringComparison.Ordinal) ? name[..^5] : name;
        // "Chủ tịch UBND tỉnh xét tặng Bằng khen cho …": the name ends at its own verb.
        var subject = ResponsibleParty.SubjectLength(rules, name);
        name = subject > 0 ? name[..subject].Trim() : name;
        if (name.Length == 0 || !char.IsUpper(name[0]) || !ResponsibleParty.NamesBody(rules, name))
        {
            return null;
        }
        return new Holder([name], false);
    }

    private static List<string>? LeadListsKind(RuleBook rules, string lead, string cls)
    {
        var names = WithoutAside(rules, lead).Trim();
        var kind = VietnameseText.Fold(cls);
        return kind.Length > 0 && !kind.Contains(',', StringComparison.Ordinal) && ResponsibleParty.NamesBody(rules, names)
            && VietnameseText.Fold(names).StartsWith(kind + " ", StringComparison.Ordinal)
            ? SplitList(rules, names) : null;
    }

    private static bool LeadNamesClass(string lead, string cls)
    {
        var folded = VietnameseText.Fold(lead);
        // A qualifier narrows ("… còn lại"); a list that goes on ("Các sở, ban, ngành, đoàn thể
        // tỉnh: Mỗi sở, ban, ngành …", e01) leaves the class after "mỗi" as the holder.
        var head = "cac " + VietnameseText.Fold(cls);
        return cls.Length > 0 && folded.StartsWith(head, StringComparison.Ordinal) && folded.Length > head.Length && folded[head.Length] == ' ';
    }

    // "- Sở Lao động - Thương binh và Xã hội: Lựa chọn …; 01 tập thể, 01 cá nhân": the body
    // before the paragraph's ":" holds every count after it.
    private static Holder? ColonHolder(RuleBook rules, string text)
    {
        var colonAt = text.IndexOf(':');
        if (colonAt <= 0)
        {
            return null;
        }
        var lead = WithoutAside(rules, StripLabel(rules, text[..colonAt]));
        // "- Huyện Bắc Yên: chọn 01 xã làm điểm …; 01 hợp tác xã hoặc 01 tổ hợp tác" (corpus/blind o03).
        if (PlacesNamed(rules, lead) is { } places)
        {
            return places;
        }
        if (!ResponsibleParty.NamesBody(rules, lead))
        {
            return null;
        }
        var list = SplitList(rules, lead);
        return new Holder(list, list.Count > 1);
    }

    // Where a list of holders ends: at the verb ("… mỗi huyện đề nghị", "… là địa bàn …") — a verb in
    // lower case, so "Cù Lao Dung" and "Na Cồ" (folded "cu", "co") are names, not "cử", "có".
    private static int StopIn(RuleBook rules, string original)
    {
        var folded = VietnameseText.Fold(original);
        foreach (Match m in QuotaHolderStopRule.In(rules).Matches(folded))
        {
            var at = m.Value == ":" ? m.Index : m.Index + 1;
            if (m.Value == ":" || (at < original.Length && char.IsLower(original[at])))
            {
                return m.Index;
            }
        }
        return original.Length;
    }

    private static Holder? HolderOfLeadIn(RuleBook rules, string? leadIn)
    {
        if (leadIn is null)
        {
            return null;
        }
        var f = VietnameseText.Fold(leadIn);
        if (QuotaCountLeadRule.In(rules).IsMatch(f))
        {
            return null; // "2. Số lượng bản, hợp tác xã thí điểm:" names what is counted (o03)
        }
        var end = Math.Max(0, leadIn.Length - 1);
        return HolderOf(rules, leadIn, f, new ClauseSplitter.Span(0, leadIn.Length), end)
            // "2. Ủy ban nhân dân các xã, thị trấn:" over "- Mỗi đơn vị cử 01 lãnh đạo …" (corpus/blind
            // w07): a lead-in that is only a body's name, read as the lead of "X: …".
            // A lead that names "các …" names a class, each of it.
            ?? (leadIn.TrimEnd().EndsWith(':') && HolderOf(rules, leadIn, f, new ClauseSplitter.Span(0, leadIn.Length), leadIn.Length) is { } named
                ? named with { Each = named.Each || f.StartsWith("cac ", StringComparison.Ordinal) || f.Contains(" cac ", StringComparison.Ordinal) }
                : null);
    }

    // "các huyện Ba Tơ, Minh Long, Sơn Hà" → "huyện Ba Tơ", "huyện Minh Long", "huyện Sơn Hà";
    // "thôn Na Cồ và tổ dân phố Bắc Hà 2" → both; "Khối thi đua các huyện, thị xã" stays whole.
    private static List<string> ExpandNames(RuleBook rules, string names)
    {
        var s = VietnameseText.CollapseSpaces(names).Trim(' ', ',', ':');
        s = QuotaCacRule.In(rules).Remove(s);
        var parts = QuotaNameSeparatorRule.In(rules).Split(s).Where(x => x.Length > 0).ToList();
        var result = new List<string>();
        string? noun = null;
        foreach (var raw in parts)
        {
            // "thị trấn Cẩm Xuyên và các xã Cẩm Thành, Cẩm Trung" (corpus/blind g07): a new level, its "các" dropped.
            var part = result.Count > 0 ? QuotaCacRule.In(rules).Remove(raw) : raw;
            var m = QuotaLevelRule.In(rules).Match(part);
            // "các huyện vùng cao Lâm Bình, Na Hang" (corpus/blind ba04): what sets the places apart is no part of
            // their names (rule quota.region-qualifier).
            if (m.Success && m.Length < part.Length && !OpensName(part, m.Length)
                && QuotaRegionRule.In(rules).Match(VietnameseText.Fold(part[m.Length..])) is { Success: true } region && OpensName(part, m.Length + region.Length))
            {
                part = part[..m.Length] + part[(m.Length + region.Length)..];
            }
            if (m.Success && m.Length < part.Length && OpensName(part, m.Length))
            {
                noun = m.Value.Trim();
                result.Add($"{part[..m.Length]}{NameOnly(rules, part[m.Length..])}");
            }
            else if (noun is not null && part.Length > 0 && OpensName(part, 0))
            {
                // "các xã Cà Nàng, Mường Giôn, Chiềng Khay có số lượng gia súc lớn, cử 03 học viên" (corpus/blind
                // ax01): the reason after the last name is no part of it.
                result.Add($"{noun} {NameOnly(rules, part)}");
            }
            else if (result.Count > 0 && part.Length > 0 && char.IsLower(part[0]))
            {
                // "huyện Kon Plông và huyện Đắk Glei, nơi môn cà kheo phổ biến" (g06): an aside ends the names.
                break;
            }
            else
            {
                return [s];
            }
        }
        return result.Count == 0 ? [s] : result;
    }

    // A place's name up to the verb after it (StopIn): "Chiềng Khay có số lượng …" is "Chiềng Khay", "xã Huổi
    // Lèng có số hộ nghèo lớn" is "xã Huổi Lèng" (corpus/blind ax01, ay01), while a word in lower case may be
    // the name's own ("thị trấn Nông trường Lệ Ninh", k03). "có số" folds to the "cơ sở" the rule keeps in a
    // name, so "có" is looked for as written.
    private static string NameOnly(RuleBook rules, string part)
    {
        var has = part.IndexOf(" có ", StringComparison.Ordinal);
        var stop = StopIn(rules, part);
        return part[..(has >= 0 ? Math.Min(has, stop) : stop)].TrimEnd();
    }

    // "Các xã … (Hòa Ân, Phong Thạnh, Ninh Thới)" before "mỗi xã": the names in the class's last aside,
    // each a capitalised name of a few words, with the kind before it; null for any other words.
    private static List<string>? AsideNames(RuleBook rules, string named, string cls)
    {
        var kind = WithoutAside(rules, cls).Trim();
        if (kind.Length == 0 || !named.EndsWith(')') || !VietnameseText.Fold(named).StartsWith("cac " + VietnameseText.Fold(kind) + " ", StringComparison.Ordinal))
        {
            return null;
        }
        var open = named.LastIndexOf('(');
        var names = named[(open + 1)..^1].Split([",", " và "], StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        return open > 0 && names.Length >= 2 && names.All(n => char.IsUpper(n[0]) && n.Count(c => c == ' ') <= 3)
            ? [.. names.Select(n => kind.ToLowerInvariant() + " " + n)]
            : null;
    }

    private static List<string> SplitList(RuleBook rules, string list)
    {
        var s = VietnameseText.CollapseSpaces(QuotaLeadRule.In(rules).Remove(list)).Trim(' ', ',', ':', '-');
        var named = QuotaNamedPlacesRule.In(rules).Match(s);
        if (named.Success)
        {
            return ExpandNames(rules, s);
        }
        var parts = QuotaHolderSeparatorRule.In(rules).Split(s)
            .Select(x => x.Trim(' ', ',')).Where(x => x.Length > 0).Select(Lower).ToList();
        return parts;
    }

    // "các sở Nông nghiệp và Phát triển nông thôn, Công Thương" → "Sở Nông nghiệp và Phát triển nông
    // thôn", "Sở Công Thương": departments named after one "sở" (rule quota.named-departments), split
    // at commas only, since "và" joins the words of a department's name; null when the words are no such list.
    private static List<string>? DepartmentsNamed(RuleBook rules, string text)
    {
        var m = QuotaNamedDepartmentsRule.In(rules).Match(text.Trim());
        if (!m.Success)
        {
            return null;
        }
        var names = m.Groups["names"].Value.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        return names.Length > 1 && names.All(n => char.IsUpper(n[0])) ? [.. names.Select(n => "Sở " + n)] : null;
    }

    // The class a paragraph opens on, "Mỗi huyện, thành phố …" (rule quota.opens-class), or null.
    private static Holder? OpensClass(RuleBook rules, string text) =>
        QuotaOpensClassRule.In(rules).Match(text) is { Success: true } m && !QuotaNoOneRule.In(rules).IsMatch(VietnameseText.Fold(m.Groups["cls"].Value))
            ? new Holder(["các " + m.Groups["cls"].Value.Trim()], true) : null;

    // A class of holders is written in lower case with "các": "các huyện, thị xã, thành phố".
    // "Các doanh nghiệp nhà nước do tỉnh quản lý", "Các cơ quan Trung ương đóng trên địa bàn tỉnh":
    // one class of holders (no list, no names after the kind), each.
    private static Holder? ClassOf(RuleBook rules, string name) =>
        QuotaCacRule.In(rules).IsMatch(name) && !name.Contains(',', StringComparison.Ordinal) && !name.Contains(" và ", StringComparison.Ordinal)
            && ExpandNames(rules, name).Count == 1
            ? new Holder([Lower(name)], true) : null;

    private static string Lower(string s) =>
        s.StartsWith("Các ", StringComparison.Ordinal) ? "c" + s[1..] : s;

    private static string StripLabel(RuleBook rules, string s) =>
        QuotaLabelRule.In(rules).Remove(s.Trim()).Trim();

    // "Sở Nông nghiệp và Phát triển nông thôn (Văn phòng Điều phối …)": the aside is no holder
    // (the same rule as for subjects, party.parenthesis).
    private static string WithoutAside(RuleBook rules, string s) =>
        PartyParenthesisRule.In(rules).Remove(s);

    // The unit the record gives (vocabulary quota-units, column unit: "xã", "phường", "thị trấn" are
    // each an đơn vị cấp xã), else the unit as the document writes it.
    private static string UnitOf(RuleBook rules, string folded, string original) =>
        rules.Vocabulary("quota-units").Map("folded", "unit").TryGetValue(folded, out var unit) && unit.Length > 0 ? unit : original;

    private static string CleanPurpose(RuleBook rules, string s)
    {
        var p = s.Trim().TrimEnd(':', '.', ';', ',');
        // "Bằng khen của Chủ tịch UBND tỉnh tặng tập thể …": the award ends where its use begins.
        var end = QuotaPurposeEndRule.In(rules).Match(p);
        if (end.Success)
        {
            p = p[..end.Index];
        }
        // "Bảng khen của …" (seed 003) is a "Bằng khen" (vocabulary awards, column corrected).
        var awards = rules.Vocabulary("awards");
        int written = awards.Index("written"), corrected = awards.Index("corrected");
        foreach (var row in awards.Rows)
        {
            if (row[corrected].Length > 0 && p.StartsWith(row[written], StringComparison.Ordinal))
            {
                return row[corrected] + p[row[written].Length..];
            }
        }
        return p;
    }

    // "… (Đơn vị tính: triệu đồng) STT Huyện, thành phố … 1 Thành phố Phan Rang-Tháp Chàm 412.500 … 2 Huyện Bác
    // Ái 9.800" (corpus/blind ay03): a table of money no reader takes, read as text, numbers its rows before
    // names written in capitals; running text counts "02 huyện" in lower case.
    private static bool RowNumberBeforeName(string text, Match m)
    {
        var unit = m.Groups["unit"];
        return unit.Length > 0 && char.IsUpper(text[unit.Index]) && unit.Index + unit.Length + 1 < text.Length
            && text[unit.Index + unit.Length] == ' ' && char.IsUpper(text[unit.Index + unit.Length + 1]);
    }

    // A count after a lower bound is a goal's ("ít nhất 03 đơn vị"), after "của" an owner's ("khiếu
    // nại của 28 hộ gia đình"), after "gồm" a team's make-up ("01 đội gồm 10 vận động viên"): none allots.
    private static bool AfterBoundOrOwner(RuleBook rules, string folded, int at)
    {
        var before = folded[Math.Max(0, at - 12)..at];
        return QuotaFloorRule.In(rules).IsMatch(before) || QuotaOwnerRule.In(rules).IsMatch(before)
            || QuotaCompositionRule.In(rules).IsMatch(folded.AsSpan(0, at));
    }
}
