using System.Text.Json.Nodes;
using ReportGen.Parsing;
using YamlDotNet.Core;

namespace ReportGen.Authoring.Editing;

/// <summary>Where a value stands, which decides how a new value is written in its place.</summary>
internal abstract record Place;

internal sealed record RootPlace : Place;

/// <summary>The value of a block mapping's key; <paramref name="Indent"/> is the key's column.</summary>
internal sealed record KeyPlace(int AfterColon, int Indent) : Place;

/// <summary>An item of a block sequence; <paramref name="Indent"/> is the dash's column.</summary>
internal sealed record ItemPlace(int Dash, int Indent) : Place;

/// <summary>Inside <c>{…}</c> (after the colon at <paramref name="AfterColon"/>) or <c>[…]</c> (<paramref name="InSequence"/>).</summary>
internal sealed record FlowPlace(bool InSequence, int AfterColon = -1) : Place;

/// <summary>
/// One attempt at turning the parsed text into the desired JSON with text edits. Nodes at or below
/// <c>maxDepth</c> that differ are rewritten whole; above it, mappings and sequences are edited entry by entry.
/// </summary>
internal sealed class SurgicalPlan(YamlDocumentText doc, int maxDepth)
{
    private readonly TextEdits _edits = new();
    private string Text => doc.Text;
    private string NewLine => doc.NewLine;

    public string Write(JsonNode? desired)
    {
        if (doc.Root is null)
        {
            if (desired is null) return Text;
            var lines = YamlValueWriter.Render(desired, 0) switch
            {
                BlockLines b => b.Lines,
                InlineValue v => [v.Text],
                BlockScalarValue s => [s.Header, .. s.Lines],
                _ => throw new InvalidOperationException(),
            };
            return Text + (Text.Length > 0 && !Text.EndsWith('\n') ? NewLine : "") + string.Join(NewLine, lines) + NewLine;
        }
        Edit(doc.Root, desired, new RootPlace(), 0);
        return _edits.Apply(Text);
    }

    private void Edit(YamlNode old, JsonNode? want, Place place, int depth)
    {
        if (JsonNode.DeepEquals(DataFileJson.ToJson(old), want)) return;
        if (depth < maxDepth)
        {
            var mark = _edits.Count;
            try
            {
                switch (old, want)
                {
                    case (YamlMapping { IsFlow: false } m, JsonObject { Count: > 0 } o):
                        EditBlockMapping(m, o, depth);
                        return;
                    case (YamlMapping { IsFlow: true } m, JsonObject { Count: > 0 } o):
                        EditFlowMapping(m, o, depth);
                        return;
                    case (YamlSequence s, JsonArray { Count: > 0 } a):
                        EditSequence(s, a, depth);
                        return;
                }
            }
            catch (NotSurgicalException)
            {
                _edits.Truncate(mark);
            }
        }
        ReplaceWhole(old, want, place);
    }

    // ---- mappings ----------------------------------------------------------------------------------------------

    private void EditBlockMapping(YamlMapping m, JsonObject want, int depth)
    {
        var entries = m.Entries;
        var indent = doc.Column(entries[0].Key.Start);
        var surviving = entries.Where(e => want.ContainsKey(e.Key.Value)).ToList();
        if (surviving.Count == 0) throw new NotSurgicalException();

        foreach (var (key, value) in surviving)
            Edit(value, want[key.Value], new KeyPlace(doc.AfterColon(key), indent), depth + 1);

        for (var i = 0; i < entries.Count; i++)
        {
            var (key, value) = entries[i];
            if (want.ContainsKey(key.Value)) continue;
            if (doc.StartsLine(key.Start))
            {
                RemoveLines(key.Start, EntryEnd(key, value));
                continue;
            }
            // The first key shares the dash's line (`- heading: …`): the next surviving key moves up onto it.
            var next = entries.Skip(i + 1).First(e => want.ContainsKey(e.Key.Value));
            _edits.Replace(key.Start, next.Key.Start, "");
            while (i + 1 < entries.Count && !want.ContainsKey(entries[i + 1].Key.Value)) i++;
        }

        var preferFlow = surviving.Any(e => e.Value is YamlMapping { IsFlow: true });
        foreach (var (anchor, added) in NewKeysByAnchor(m, want))
        {
            var lines = added.SelectMany(kv => YamlValueWriter.EntryLines(kv.Key, kv.Value, indent, preferFlow)).ToList();
            if (anchor is { } a)
                _edits.Insert(doc.LineEnd(doc.LineOf(EntryEnd(a.Key, a.Value))), string.Concat(lines.Select(l => NewLine + l)));
            else
                InsertBefore(surviving[0].Key.Start, indent, lines);
        }
    }

    private void EditFlowMapping(YamlMapping m, JsonObject want, int depth)
    {
        var entries = m.Entries;
        if (!entries.Any(e => want.ContainsKey(e.Key.Value))) throw new NotSurgicalException();
        foreach (var (key, value) in entries)
            if (want.TryGetPropertyValue(key.Value, out var wanted))
                Edit(value, wanted, new FlowPlace(InSequence: false, doc.AfterColon(key)), depth + 1);

        RemoveFlowRuns(entries.Count, i => !want.ContainsKey(entries[i].Key.Value), i => entries[i].Key.Start, i => EntryEnd(entries[i].Key, entries[i].Value));

        foreach (var (anchor, added) in NewKeysByAnchor(m, want))
        {
            var items = added.Select(kv => YamlValueWriter.FlowEntry(kv.Key, kv.Value)).ToList();
            if (anchor is { } a)
                _edits.Insert(EntryEnd(a.Key, a.Value), string.Concat(items.Select(t => ", " + t)));
            else
                _edits.Insert(entries.First(e => want.ContainsKey(e.Key.Value)).Key.Start, string.Concat(items.Select(t => t + ", ")));
        }
    }

    /// <summary>The keys <paramref name="want"/> adds, grouped by the existing key each follows (null: before all).</summary>
    private static List<(KeyValuePair<YamlScalar, YamlNode>? Anchor, List<KeyValuePair<string, JsonNode?>> Added)> NewKeysByAnchor(YamlMapping m, JsonObject want)
    {
        var groups = new List<(KeyValuePair<YamlScalar, YamlNode>?, List<KeyValuePair<string, JsonNode?>>)>();
        KeyValuePair<YamlScalar, YamlNode>? anchor = null;
        List<KeyValuePair<string, JsonNode?>>? current = null;
        foreach (var kv in want)
        {
            var existing = m.Entries.FirstOrDefault(e => e.Key.Value == kv.Key);
            if (existing.Key is not null)
            {
                anchor = existing;
                current = null;
                continue;
            }
            if (current is null)
            {
                current = [];
                groups.Add((anchor, current));
            }
            current.Add(kv);
        }
        return groups;
    }

    private int EntryEnd(YamlScalar key, YamlNode value)
        => doc.ContentEnd(value, YamlDocumentText.IsEmpty(value) ? doc.AfterColon(key) : -1);

    // ---- sequences ---------------------------------------------------------------------------------------------

    private void EditSequence(YamlSequence s, JsonArray want, int depth)
    {
        var olds = s.Items;
        var oldJson = olds.Select(DataFileJson.ToJson).ToList();
        var wanted = want.ToList();
        var (paired, removed, inserted) = Align(oldJson, wanted);

        var indent = s.IsFlow ? 0 : doc.Column(doc.DashOf(olds[0]));
        foreach (var (o, n) in paired)
            Edit(olds[o], wanted[n], s.IsFlow ? new FlowPlace(InSequence: true) : new ItemPlace(doc.DashOf(olds[o]), indent), depth + 1);

        var removedSet = removed.ToHashSet();
        if (s.IsFlow)
            RemoveFlowRuns(olds.Count, removedSet.Contains, i => olds[i].Start, i => doc.ContentEnd(olds[i]));
        else
            foreach (var i in removed)
            {
                var dash = doc.DashOf(olds[i]);
                if (!doc.StartsLine(dash)) throw new NotSurgicalException();
                RemoveLines(dash, ItemEnd(olds[i]));
            }

        var firstSurviving = Enumerable.Range(0, olds.Count).First(i => !removedSet.Contains(i));
        // An item that moved is a removed old item equal to an inserted one: its own text moves with it (comments, style).
        var movable = removed.ToList();
        int? MovedFrom(int n)
        {
            var k = movable.FindIndex(o => JsonNode.DeepEquals(oldJson[o], wanted[n]));
            if (k < 0) return null;
            var o = movable[k];
            movable.RemoveAt(k);
            return o;
        }
        foreach (var (after, items) in inserted)
        {
            if (s.IsFlow)
            {
                var texts = items.Select(n => MovedFrom(n) is { } o ? Text[olds[o].Start..doc.ContentEnd(olds[o])] : YamlValueWriter.Flow(wanted[n], inSequence: true)).ToList();
                if (after >= 0)
                    _edits.Insert(doc.ContentEnd(olds[after]), string.Concat(texts.Select(t => ", " + t)));
                else
                    _edits.Insert(olds[firstSurviving].Start, string.Concat(texts.Select(t => t + ", ")));
                continue;
            }
            var preferFlow = olds.Any(o => o is YamlMapping { IsFlow: true } or YamlSequence { IsFlow: true });
            var lines = items.SelectMany(n => MovedFrom(n) is { } o ? OwnLines(doc.DashOf(olds[o]), ItemEnd(olds[o])) : YamlValueWriter.ItemLines(wanted[n], indent, preferFlow)).ToList();
            if (after >= 0)
                _edits.Insert(doc.LineEnd(doc.LineOf(ItemEnd(olds[after]))), string.Concat(lines.Select(l => NewLine + l)));
            else
                InsertBefore(doc.DashOf(olds[firstSurviving]), indent, lines);
        }
    }

    private int ItemEnd(YamlNode item) => doc.ContentEnd(item, YamlDocumentText.IsEmpty(item) ? doc.DashOf(item) + 1 : -1);

    /// <summary>
    /// Old items matched to new ones: equal items by longest common subsequence; between two matches, the
    /// remaining old and new items paired in order (edited in place), the rest removed or inserted after the
    /// old item before them (-1: before the first surviving item).
    /// </summary>
    private static (List<(int Old, int New)> Paired, List<int> Removed, List<(int After, List<int> Items)> Inserted) Align(List<JsonNode?> olds, List<JsonNode?> news)
    {
        int n = olds.Count, m = news.Count;
        var lcs = new int[n + 1, m + 1];
        for (var i = n - 1; i >= 0; i--)
            for (var j = m - 1; j >= 0; j--)
                lcs[i, j] = JsonNode.DeepEquals(olds[i], news[j]) ? lcs[i + 1, j + 1] + 1 : Math.Max(lcs[i + 1, j], lcs[i, j + 1]);

        var paired = new List<(int, int)>();
        var removed = new List<int>();
        var inserted = new List<(int, List<int>)>();
        var lastSurvivor = -1;
        var gapOld = new List<int>();
        var gapNew = new List<int>();

        void CloseGap()
        {
            var pairs = Math.Min(gapOld.Count, gapNew.Count);
            for (var k = 0; k < pairs; k++) paired.Add((gapOld[k], gapNew[k]));
            if (pairs > 0) lastSurvivor = gapOld[pairs - 1];
            removed.AddRange(gapOld.Skip(pairs));
            if (gapNew.Count > pairs) inserted.Add((lastSurvivor, gapNew.Skip(pairs).ToList()));
            gapOld.Clear();
            gapNew.Clear();
        }

        int a = 0, b = 0;
        while (a < n || b < m)
        {
            if (a < n && b < m && JsonNode.DeepEquals(olds[a], news[b]) && lcs[a, b] == lcs[a + 1, b + 1] + 1)
            {
                CloseGap();
                lastSurvivor = a;
                a++;
                b++;
            }
            else if (b >= m || (a < n && lcs[a + 1, b] >= lcs[a, b + 1]))
                gapOld.Add(a++);
            else
                gapNew.Add(b++);
        }
        CloseGap();
        return (paired, removed, inserted);
    }

    // ---- shared edits ------------------------------------------------------------------------------------------

    /// <summary>Removes the lines from <paramref name="start"/>'s line to <paramref name="contentEnd"/>'s, with one line break.</summary>
    private void RemoveLines(int start, int contentEnd)
    {
        var first = doc.LineOf(start);
        var last = doc.LineOf(contentEnd);
        if (first > 0)
            _edits.Replace(doc.LineEnd(first - 1), doc.LineEnd(last), "");
        else
            _edits.Replace(0, last + 1 < doc.LineCount ? doc.LineStart(last + 1) : Text.Length, "");
    }

    /// <summary>The whole lines from <paramref name="start"/>'s to <paramref name="contentEnd"/>'s, without their breaks.</summary>
    private IReadOnlyList<string> OwnLines(int start, int contentEnd)
        => Enumerable.Range(doc.LineOf(start), doc.LineOf(contentEnd) - doc.LineOf(start) + 1)
            .Select(line => Text[doc.LineStart(line)..doc.LineEnd(line)]).ToList();

    /// <summary>New lines before an existing key or dash at <paramref name="at"/> (which keeps its line's beginning, even a dash).</summary>
    private void InsertBefore(int at, int indent, IReadOnlyList<string> lines)
        => _edits.Insert(at, lines[0][indent..] + string.Concat(lines.Skip(1).Select(l => NewLine + l)) + NewLine + new string(' ', indent));

    /// <summary>Removes runs of removed entries of a flow collection with their commas; all removed is not surgical.</summary>
    private void RemoveFlowRuns(int count, Func<int, bool> isRemoved, Func<int, int> start, Func<int, int> end)
    {
        if (Enumerable.Range(0, count).All(isRemoved)) throw new NotSurgicalException();
        for (var i = 0; i < count; i++)
        {
            if (!isRemoved(i)) continue;
            var j = i;
            while (j + 1 < count && isRemoved(j + 1)) j++;
            if (j + 1 < count) _edits.Replace(start(i), start(j + 1), "");
            else _edits.Replace(end(i - 1), end(j), "");
            i = j;
        }
    }

    /// <summary>The old node's text (and, where needed, its line's rest) replaced by the new value written for its place.</summary>
    private void ReplaceWhole(YamlNode old, JsonNode? want, Place place)
    {
        var preferFlow = old is YamlMapping { IsFlow: true } or YamlSequence { IsFlow: true };
        var was = old is YamlScalar sc ? sc.Style : (ScalarStyle?)null;
        var empty = YamlDocumentText.IsEmpty(old);
        var isBlock = old is YamlScalar { Style: ScalarStyle.Literal or ScalarStyle.Folded } || old is YamlMapping { IsFlow: false } || old is YamlSequence { IsFlow: false };

        switch (place)
        {
            case FlowPlace flow:
            {
                var text = YamlValueWriter.Flow(want, flow.InSequence, was);
                if (empty) _edits.Insert(old.Start, Text[old.Start - 1] == ':' && text.Length > 0 ? " " + text : text);
                else if (text.Length == 0 && flow.AfterColon >= 0)
                {
                    // `{ a: 5, b: 6 }` → `{ a: , b: }`: one space after the colon, as a blank block value has none.
                    var end = doc.ContentEnd(old);
                    _edits.Replace(flow.AfterColon, end, end < Text.Length && Text[end] == ' ' ? "" : " ");
                }
                else _edits.Replace(old.Start, doc.ContentEnd(old), text);
                return;
            }
            case RootPlace:
            {
                var lines = YamlValueWriter.Render(want, 0) switch
                {
                    BlockLines b => b.Lines,
                    InlineValue v => [v.Text],
                    BlockScalarValue s => [s.Header, .. s.Lines],
                    _ => throw new InvalidOperationException(),
                };
                _edits.Replace(old.Start, doc.ContentEnd(old), string.Join(NewLine, lines));
                return;
            }
            case KeyPlace key:
                Replace(old, YamlValueWriter.Render(want, key.Indent + 2, preferFlow, was), key.AfterColon, empty, isBlock, compactIndent: -1);
                return;
            case ItemPlace item:
                Replace(old, YamlValueWriter.Render(want, item.Indent + 2, preferFlow, was), item.Dash + 1, empty, isBlock, compactIndent: item.Indent + 2);
                return;
        }
    }

    /// <summary>
    /// Replaces the value after a key's colon or an item's dash (<paramref name="after"/>). An inline old value's
    /// trailing comment stays on its line; a block (mapping, sequence, <c>|</c>) goes on the lines below, or for a
    /// sequence item (<paramref name="compactIndent"/> ≥ 0) starts on the dash's line.
    /// </summary>
    private void Replace(YamlNode old, Rendered value, int after, bool empty, bool isBlock, int compactIndent)
    {
        var oldEnd = empty ? after : doc.ContentEnd(old);
        if (value is InlineValue inline)
        {
            if (empty)
            {
                if (inline.Text.Length > 0) _edits.Insert(after, " " + inline.Text);
            }
            else if (inline.Text.Length == 0) _edits.Replace(after, oldEnd, "");
            else if (!isBlock) _edits.Replace(old.Start, oldEnd, inline.Text);
            else _edits.Replace(after, oldEnd, " " + inline.Text);
            return;
        }

        var (head, lines) = value switch
        {
            BlockScalarValue b => (" " + b.Header, b.Lines),
            BlockLines l when compactIndent >= 0 => (" " + l.Lines[0][compactIndent..], l.Lines.Skip(1).ToList()),
            BlockLines l => ("", l.Lines),
            _ => throw new InvalidOperationException(),
        };
        var body = string.Concat(lines.Select(l => NewLine + l));
        if (isBlock)
        {
            _edits.Replace(after, oldEnd, head + body);
            return;
        }
        // An inline value's line may end in a comment: it stays, after the new head.
        var lineEnd = doc.LineEnd(doc.LineOf(oldEnd));
        _edits.Replace(after, lineEnd, head + Text[oldEnd..lineEnd] + body);
    }
}
