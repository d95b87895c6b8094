using System.Collections.Immutable;
using ReportGen.Documents.Diagnostics;
using ReportGen.Files;
using ReportGen.Parsing;

namespace ReportGen.Loading;

/// <summary>
/// Reads a figure item: <c>figure: caption</c> with optional <c>alt</c>, <c>numbered</c>, and either a
/// <c>chart</c> (kind + rows of the statistics, optionally across years) or a <c>picture</c> file.
/// Chart values are looked up by the model, once the statistics are computed.
/// </summary>
internal static class FigureReader
{
    private static readonly string[] FigureKeys = DataFields.Keys(DataFields.Figure);
    private static readonly string[] ChartKeys = DataFields.Keys(DataFields.Chart);
    private static readonly string[] SeriesKeys = DataFields.Keys(DataFields.Series);
    public static readonly string[] Kinds = DataFields.ChartKinds;

    public static FigureItem? Read(NodeReader r, YamlMapping m, string path)
    {
        r.CheckKeys(m, path, FigureKeys);
        var caption = r.Text(m, "figure", path);
        if (caption is null) return null;
        var numbered = m.Get("numbered") is YamlScalar { Value: "true" or "yes" };
        PictureRef? picture = null;
        if (r.Text(m, "picture", path) is { } file)
            picture = ResolvePicture(r, m.Get("picture")!, NodeReader.Join(path, "picture"), file);
        var id = r.Text(m, "id", path, allowNumber: false);
        if (id is not null && !id.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c is '-' or '_'))
        {
            r.Report(Catalog.Data.FigureId, m.Get("id")!, NodeReader.Join(path, "id"), id);
            id = null;
        }
        var alt = r.Text(m, "alt", path);
        var chartPath = NodeReader.Join(path, "chart");
        var request = r.Mapping(m.Get("chart"), chartPath) is { } c ? ReadChart(r, c, chartPath) : null;
        // A figure that is referred to must carry a number to be referred by.
        return new FigureItem(caption, alt, m.Span, request, null, picture, numbered || id is not null, id);
    }

    private static ChartRequest? ReadChart(NodeReader r, YamlMapping c, string path)
    {
        r.CheckKeys(c, path, ChartKeys);
        var kind = r.Choice(c, "kind", path, Kinds, required: true);
        var series = ImmutableArray.CreateBuilder<SeriesRequest>();
        var rows = r.TextList(c, "rows", path);
        if (!rows.IsEmpty) series.Add(new SeriesRequest(null, rows, r.Text(c, "column", path)));
        if (r.Sequence(c.Get("series"), NodeReader.Join(path, "series")) is { } seq)
            for (var i = 0; i < seq.Items.Count; i++)
            {
                var sp = $"{path}.series[{i}]";
                if (r.Mapping(seq.Items[i], sp) is not { } sm) continue;
                r.CheckKeys(sm, sp, SeriesKeys);
                series.Add(new SeriesRequest(r.Text(sm, "name", sp), r.TextList(sm, "rows", sp, required: true), r.Text(sm, "column", sp)));
            }
        if (series.Count == 0)
        {
            r.Report(Catalog.Data.ChartNeedsRows, c, path);
            return null;
        }
        var years = ImmutableArray.CreateBuilder<int>();
        if (r.Sequence(c.Get("years"), NodeReader.Join(path, "years")) is { } ys)
            for (var i = 0; i < ys.Items.Count; i++)
            {
                if (ys.Items[i] is YamlScalar { IsPlain: true } y && int.TryParse(y.Value, out var year) && year is > 2000 and < 2100) years.Add(year);
                else r.Report(Catalog.Data.ExpectedInteger, ys.Items[i], $"{path}.years[{i}]", ys.Items[i] is YamlScalar s ? s.Value : "?");
            }
        return kind is null ? null : new ChartRequest(kind, r.Text(c, "table", path), series.ToImmutable(), r.TextList(c, "labels", path), years.ToImmutable(), r.Text(c, "unit", path), c.Span, path);
    }

    /// <summary>Pictures are files next to the data, inside the workspace: no absolute paths, no "..", no links out (every step followed).</summary>
    private static PictureRef? ResolvePicture(NodeReader r, YamlNode node, string path, string file)
    {
        var mediaType = Path.GetExtension(file).ToLowerInvariant() switch
        {
            ".png" => "image/png",
            ".jpg" or ".jpeg" => "image/jpeg",
            ".svg" => "image/svg+xml",
            _ => null,
        };
        if (mediaType is null)
        {
            r.Report(Catalog.Data.PictureFormat, node, path, file);
            return null;
        }
        var baseDir = Path.GetDirectoryName(Path.GetFullPath(r.File))!;
        var workspace = Path.GetDirectoryName(Path.GetDirectoryName(baseDir)) ?? baseDir;
        var full = Path.GetFullPath(Path.Combine(baseDir, file));
        if (Path.IsPathRooted(file) || file.Contains("..") || !full.StartsWith(workspace + Path.DirectorySeparatorChar, StringComparison.Ordinal))
        {
            r.Report(Catalog.Data.PicturePath, node, path, file);
            return null;
        }
        var probe = InputFile.Probe(FileKind.Picture, full, workspace);
        switch (probe.Problem)
        {
            case FileProblem.None:
                return new PictureRef(full, mediaType, workspace);
            case FileProblem.Missing:
                r.Report(Catalog.Data.PictureMissing, node, path, file, full);
                return null;
            case FileProblem.OutsideRoot or FileProblem.TooManyLinks:
                r.Report(Catalog.Data.PictureLinkOutside, node, path, file);
                return null;
            case FileProblem.TooLarge:
                r.Report(Catalog.Data.PictureTooLarge, node, path, file, probe.Length / 1024 / 1024);
                return null;
            default:
                r.Report(Catalog.Data.PictureNotAFile, node, path, file);
                return null;
        }
    }
}
