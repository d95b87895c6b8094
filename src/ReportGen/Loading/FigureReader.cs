using System.Collections.Immutable;
using ReportGen.Documents.Diagnostics;
using ReportGen.Formats;
using ReportGen.Model;

namespace ReportGen.Loading;

/// <summary>
/// Reads a figure item: <c>figure: caption</c> with optional <c>alt</c>, <c>numbered</c>, and either a
/// <c>chart</c> (kind + rows of the statistics, optionally across years) or a <c>picture</c> file.
/// Chart values are looked up later, once the statistics are computed (<see cref="ChartResolver"/>).
/// </summary>
internal static class FigureReader
{
    private static readonly string[] FigureKeys = DataFields.Keys(DataFields.Figure);
    private static readonly string[] ChartKeys = DataFields.Keys(DataFields.Chart);
    private static readonly string[] SeriesKeys = DataFields.Keys(DataFields.Series);
    public static readonly string[] Kinds = DataFields.ChartKinds;

    private static FigureItem? Read(NodeReader r, YamlMapping m, string path)
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
            r.Error(ErrorCodes.InvalidValue, m.Get("id")!, NodeReader.Join(path, "id"), $"图的引用名“{id}”只能包含小写字母、数字、连字符和下划线");
            id = null;
        }
        // A figure that is referred to must carry a number to be referred by.
        return new FigureItem(caption, r.Text(m, "alt", path), m.Span, null, picture, numbered || id is not null, id);
    }

    public static BodyItem? ReadItem(NodeReader r, YamlMapping m, string path)
    {
        var figure = Read(r, m, path);
        if (figure is null) return null;
        var chartPath = NodeReader.Join(path, "chart");
        return r.Mapping(m.Get("chart"), chartPath) is { } c && ReadChart(r, c, chartPath) is { } request
            ? new PendingChart(figure, request)
            : figure;
    }

    private static ChartRequest? ReadChart(NodeReader r, YamlMapping c, string path)
    {
        r.CheckKeys(c, path, ChartKeys);
        var kind = r.Choice(c, "kind", path, Kinds, required: true);
        var series = new List<SeriesRequest>();
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
            r.Error(ErrorCodes.Missing, c, path, "图表需要 rows（统计表中的行）或 series", "例如 rows: [a2_2, a2_4, a2_5]");
            return null;
        }
        var years = ImmutableArray.CreateBuilder<int>();
        if (r.Sequence(c.Get("years"), NodeReader.Join(path, "years")) is { } ys)
            for (var i = 0; i < ys.Items.Count; i++)
            {
                if (ys.Items[i] is YamlScalar { IsPlain: true } y && int.TryParse(y.Value, out var year) && year is > 2000 and < 2100) years.Add(year);
                else r.Error(ErrorCodes.WrongType, ys.Items[i], $"{path}.years[{i}]", Messages.ExpectedInteger(ys.Items[i] is YamlScalar s ? s.Value : "?"));
            }
        return kind is null ? null : new ChartRequest(kind, r.Text(c, "table", path), series, r.TextList(c, "labels", path), years.ToImmutable(), r.Text(c, "unit", path), c.Span, path);
    }

    /// <summary>Pictures are files next to the data, inside the workspace: no absolute paths, no "..", no links out.</summary>
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
            r.Error(ErrorCodes.InvalidValue, node, path, $"图片“{file}”格式不支持，只能用 PNG、JPEG 或 SVG");
            return null;
        }
        var baseDir = Path.GetDirectoryName(Path.GetFullPath(r.File))!;
        var workspace = Path.GetDirectoryName(Path.GetDirectoryName(baseDir)) ?? baseDir;
        var full = Path.GetFullPath(Path.Combine(baseDir, file));
        if (Path.IsPathRooted(file) || file.Contains("..") || !full.StartsWith(workspace + Path.DirectorySeparatorChar, StringComparison.Ordinal))
        {
            r.Error(ErrorCodes.InvalidValue, node, path, $"图片路径“{file}”无效：只能引用数据文件夹内的文件（不能用绝对路径或“..”）");
            return null;
        }
        if (!File.Exists(full))
        {
            r.Error(ErrorCodes.InvalidValue, node, path, $"找不到图片文件“{file}”（{full}）");
            return null;
        }
        var info = new FileInfo(full);
        if (info.LinkTarget is not null && !Path.GetFullPath(info.LinkTarget, baseDir).StartsWith(workspace + Path.DirectorySeparatorChar, StringComparison.Ordinal))
        {
            r.Error(ErrorCodes.InvalidValue, node, path, $"图片“{file}”是指向工作区以外的链接，已拒绝");
            return null;
        }
        if (info.Length > 20 * 1024 * 1024)
        {
            r.Error(ErrorCodes.InvalidValue, node, path, $"图片“{file}”过大（{info.Length / 1024 / 1024} MB，上限 20 MB）");
            return null;
        }
        return new PictureRef(full, mediaType);
    }
}

/// <summary>A chart as written in the YAML, before its values are looked up.</summary>
internal sealed record ChartRequest(string Kind, string? Table, List<SeriesRequest> Series, ImmutableArray<string> Labels, ImmutableArray<int> Years, string? Unit, SourceSpan Span, string Path);

internal sealed record SeriesRequest(string? Name, ImmutableArray<string> Rows, string? Column);

/// <summary>A figure whose chart still needs the statistics; replaced by a <see cref="FigureItem"/> with its chart once resolved.</summary>
internal sealed record PendingChart(FigureItem Figure, ChartRequest Request) : BodyItem(Figure.Span);
