using System.Collections.Immutable;
using ReportGen.Parsing;

namespace ReportGen.Loading;

/// <summary>
/// Finds text still marked <see cref="Drafts.Marker"/> anywhere in a parsed data file (preamble,
/// sections, a fixed-outline format's narrative alike). <c>check</c> reports each as a warning so staff
/// can work step by step; <c>build</c> as an error so an unfinished report is never published.
/// </summary>
public static class DraftScanner
{
    public static ImmutableArray<DraftFinding> Scan(YamlNode root)
    {
        var result = ImmutableArray.CreateBuilder<DraftFinding>();
        Walk(root, "", result);
        return result.ToImmutable();
    }

    private static void Walk(YamlNode node, string path, ImmutableArray<DraftFinding>.Builder result)
    {
        switch (node)
        {
            case YamlScalar s when !s.IsNull && Drafts.IsDraft(s.Value):
                result.Add(new DraftFinding(s.Span, path));
                break;
            case YamlMapping m:
                foreach (var (k, v) in m.Entries) Walk(v, NodeReader.Join(path, k.Value), result);
                break;
            case YamlSequence seq:
                for (var i = 0; i < seq.Items.Count; i++) Walk(seq.Items[i], $"{path}[{i}]", result);
                break;
        }
    }
}
