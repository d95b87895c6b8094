using ReportGen.Checking;
using ReportGen.Documents.Diagnostics;
using ReportGen.Documents.Document;
using ReportGen.Documents.Writers;
using ReportGen.Formats;
using ReportGen.Loading;
using ReportGen.Model;
using ReportGen.Templating;

namespace ReportGen.Building;

/// <summary>
/// The whole pipeline for one data file: load → model → check → template → document → writers.
/// Built once and shared by a parallel batch; every stage reports into the same diagnostics.
/// Outputs are written only when no stage reported an error, each atomically.
/// </summary>
public sealed class ReportPipeline
{
    public ReportPipeline(FormatCatalog formats, IReadOnlyList<IDocumentWriter> writers, string? templateOverrides = null)
    {
        Formats = formats;
        Reader = new ReportReader(formats);
        Checker = new Checker(formats);
        Renderer = new ReportRenderer(formats, templateOverrides);
        Writers = writers;
    }

    public FormatCatalog Formats { get; }
    public ReportReader Reader { get; }
    public Checker Checker { get; }
    public ReportRenderer Renderer { get; }
    public IReadOnlyList<IDocumentWriter> Writers { get; }

    /// <summary>Load and check only (for <c>reportgen check</c>).</summary>
    public (ReportModel? Model, IReadOnlyList<Diagnostic> Diagnostics) Check(string file)
    {
        var diagnostics = new DiagnosticBag();
        var model = Reader.Read(file, diagnostics);
        if (model is not null) diagnostics.AddRange(Checker.Check(model, PreviousYear(model)));
        diagnostics.AddRange(Authoring.DraftScanner.Scan(file, Severity.Warning));
        diagnostics.AddRange(Importing.ReviewMarkers.Scan(file));
        return (model, diagnostics.Items);
    }

    /// <summary>Everything up to the document model, without writing.</summary>
    public (ReportDocument? Document, ReportModel? Model, IReadOnlyList<Diagnostic> Diagnostics) Compose(string file)
    {
        var diagnostics = new DiagnosticBag();
        var model = Reader.Read(file, diagnostics);
        if (model is null) return (null, null, diagnostics.Items);
        diagnostics.AddRange(Checker.Check(model, PreviousYear(model)));
        // An unfinished draft must never be published: an error here, a warning in Check.
        diagnostics.AddRange(Authoring.DraftScanner.Scan(file, Severity.Error));
        if (diagnostics.HasErrors) return (null, model, diagnostics.Items);
        var document = Renderer.Render(model, diagnostics);
        return (diagnostics.HasErrors ? null : document, model, diagnostics.Items);
    }

    public BuildResult Build(string file, string outputRoot)
    {
        var started = System.Diagnostics.Stopwatch.GetTimestamp();
        var (document, model, diagnostics) = Compose(file);
        var all = new List<Diagnostic>(diagnostics);
        var written = new List<string>();
        if (document is not null && model is not null)
        {
            // All formats or none: a writer failure must not leave a mix of new and old outputs.
            using var outputs = new AtomicFileSet();
            try
            {
                foreach (var writer in Writers)
                    outputs.Write(OutputPath(outputRoot, model, writer.Format), stream => writer.Write(document, stream));
                written.AddRange(outputs.Commit());
            }
            catch (ReportGenException e)
            {
                all.AddRange(e.Diagnostics);
            }
        }
        var elapsed = System.Diagnostics.Stopwatch.GetElapsedTime(started);
        var extras = model?.Members.Select(m => m.File).ToList() ?? new List<string>();
        return new BuildResult(file, model?.Id, all, written, elapsed, extras);
    }

    public static string OutputPath(string outputRoot, ReportModel model, string format)
        => Path.Combine(outputRoot, model.Agency.Id, $"{model.Year}.{format}");

    /// <summary>data/&lt;agency&gt;/&lt;year-1&gt;.yaml when it exists and loads, for cross-year rules.</summary>
    private CheckContext PreviousYear(ReportModel model)
    {
        var file = Path.Combine(Path.GetDirectoryName(Path.GetFullPath(model.SourceFile))!, $"{model.Year - 1}.yaml");
        if (!File.Exists(file)) return new CheckContext();
        var previous = Reader.Read(file, new DiagnosticBag());
        // The file is named even when it does not load, so cross-year rules can say why they compared nothing.
        return new CheckContext(previous, file);
    }
}

public sealed record BuildResult(string File, string? ReportId, IReadOnlyList<Diagnostic> Diagnostics, IReadOnlyList<string> Outputs, TimeSpan Elapsed, IReadOnlyList<string> ExtraInputs)
{
    public bool Failed => Diagnostics.Any(d => d.IsError);
    public int Warnings => Diagnostics.Count(d => d.Severity == Severity.Warning);
}
