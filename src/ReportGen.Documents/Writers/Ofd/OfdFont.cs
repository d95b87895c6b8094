using ReportGen.Documents.Fonts;
using ReportGen.Documents.Fonts.Subsetting;
using ReportGen.Documents.Layout.Pages;

namespace ReportGen.Documents.Writers.Ofd;

/// <summary>
/// One embedded font: the hb-subset of a face holding the characters the document uses — the same
/// bytes the PDF embeds (shared <see cref="FontSubsetCache"/>) — stored as a TrueType or OpenType file in Res.
/// </summary>
internal sealed record OfdFont(int Id, OpenTypeFont Face, string FileName, byte[] Program)
{
    /// <summary>FontName: the face's PostScript name, as a reader without the file would look it up.</summary>
    public string FontName => Face.PostScriptName;

    /// <summary>FamilyName: the first Latin family name (readers map Chinese names to their own aliases), else the first name.</summary>
    public string FamilyName => Face.FamilyNames.FirstOrDefault(n => n.All(c => c is >= ' ' and < (char)127)) ?? Face.FamilyNames.FirstOrDefault() ?? Face.PostScriptName;

    public bool Bold => Face.Weight >= 600;

    /// <summary>Every face used by a glyph run, in order of first use, each subset to the code points it shows.</summary>
    public static Dictionary<OpenTypeFont, OfdFont> Collect(LayoutResult layout, OfdIds ids)
    {
        var used = new Dictionary<OpenTypeFont, CodePointSet>(ReferenceEqualityComparer.Instance);
        var order = new List<OpenTypeFont>();
        foreach (var page in layout.Pages)
        {
            foreach (var item in page.Items)
            {
                if (item is not GlyphRun run) continue;
                if (run.Font is not OpenTypeFont face) throw new InvalidOperationException($"OFD output needs OpenType fonts, got {run.Font.Name}");
                if (!used.TryGetValue(face, out var set))
                {
                    used[face] = set = new CodePointSet();
                    order.Add(face);
                }
                foreach (var cp in run.CodePoints) set.Add(cp);
            }
        }
        var result = new Dictionary<OpenTypeFont, OfdFont>(ReferenceEqualityComparer.Instance);
        foreach (var face in order)
        {
            var cps = used[face].ToSortedArray();
            var id = ids.Next();
            result[face] = new OfdFont(id, face, $"Font_{id}.{(face.IsCff ? "otf" : "ttf")}", FontSubsetCache.Shared.Get(face, cps));
        }
        return result;
    }
}
