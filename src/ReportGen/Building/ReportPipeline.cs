using ReportGen.Checking;
using ReportGen.Documents.Diagnostics;
using ReportGen.Documents.Document;
using ReportGen.Documents.Layout.Text;
using ReportGen.Documents.Writers;
using ReportGen.Documents.Writers.Pdf;
using ReportGen.Files;
using ReportGen.Formats;
using ReportGen.Loading;
using ReportGen.Model;
using ReportGen.Templating;

namespace ReportGen.Building;

/// <summary>
/// The whole pipeline for one data file: load → model → check → template → document → writers.
/// Built once and shared by a parallel batch; every stage reports into the same diagnostics.
/// Outputs are written only when no stage reported an error, all formats together, atomically.
/// </summary>
public sealed class ReportPipeline
{
    /// <param name="glyphFonts">The fonts whose coverage check judges (E0903 at the data's position); by default the PDF writer's, none without one.</param>
    public ReportPipeline(FormatCatalog formats, IReadOnlyList<IDocumentWriter> writers, string? templateOverrides = null, IFontProvider? glyphFonts = null)
    {
        var fonts = glyphFonts ?? writers.OfType<PdfWriter>().Select(w => (IFontProvider)w.Fonts).FirstOrDefault();
        Glyphs = fonts is null ? null : new GlyphCheck(fonts);
        Formats = formats;
        Loader = new ReportLoader(formats);
        Checker = new Checker();
        Renderer = new ReportRenderer(formats, templateOverrides);
        Writers = writers;
    }

    public FormatCatalog Formats { get; }
    public ReportLoader Loader { get; }
    public Checker Checker { get; }
    public ReportRenderer Renderer { get; }
    public IReadOnlyList<IDocumentWriter> Writers { get; }
    public GlyphCheck? Glyphs { get; }

    /// <summary>Load and check only (for <c>reportgen check</c>): drafts are warnings.</summary>
    public (ReportModel? Model, IReadOnlyList<Diagnostic> Diagnostics) Check(string file) => Check(Loader.Load(file));

    /// <summary>Checks a unit loaded elsewhere (text being edited, an import).</summary>
    public (ReportModel? Model, IReadOnlyList<Diagnostic> Diagnostics) Check(LoadedReport unit)
    {
        var (built, diagnostics) = Checked(unit);
        return (built.Model, diagnostics.Items);
    }

    /// <summary>
    /// The editor's preview of text being typed: checked as <see cref="Check(LoadedReport)"/> checks (drafts are warnings) and
    /// rendered even when a check failed, so staff see the document change while a total is still wrong.
    /// </summary>
    public (ReportDocument? Document, ReportModel? Model, IReadOnlyList<Diagnostic> Diagnostics) Preview(LoadedReport unit)
    {
        var (built, diagnostics) = Checked(unit);
        var document = built.Model is null ? null : Renderer.Render(built.Model, diagnostics);
        return (document, built.Model, diagnostics.Items);
    }

    private (BuiltReport Built, DiagnosticBag Diagnostics) Checked(LoadedReport unit)
    {
        var built = ModelBuilder.Build(unit);
        var diagnostics = new DiagnosticBag();
        diagnostics.AddRange(built.Diagnostics);
        if (built.Model is not null) diagnostics.AddRange(Checker.Check(built.Model, Context(built)));
        if (built.Model is not null && Glyphs is not null && unit.Tree is not null) diagnostics.AddRange(Glyphs.Check(unit.Tree));
        diagnostics.AddRange(Drafts.Diagnostics(unit.Drafts, Severity.Warning));
        diagnostics.AddRange(ReviewNotes.Diagnostics(unit.ReviewNotes));
        return (built, diagnostics);
    }

    /// <summary>Everything up to the document model, without writing.</summary>
    public (ReportDocument? Document, ReportModel? Model, IReadOnlyList<Diagnostic> Diagnostics) Compose(string file) => Compose(Loader.Load(file));

    public (ReportDocument? Document, ReportModel? Model, IReadOnlyList<Diagnostic> Diagnostics) Compose(LoadedReport unit)
    {
        var built = ModelBuilder.Build(unit);
        var diagnostics = new DiagnosticBag();
        diagnostics.AddRange(built.Diagnostics);
        if (built.Model is not { } model) return (null, null, diagnostics.Items);
        diagnostics.AddRange(Checker.Check(model, Context(built)));
        if (Glyphs is not null && unit.Tree is not null) diagnostics.AddRange(Glyphs.Check(unit.Tree));
        // An unfinished draft must never be published: an error here, a warning in Check.
        diagnostics.AddRange(Drafts.Diagnostics(unit.Drafts, Severity.Error));
        if (diagnostics.HasErrors) return (null, model, diagnostics.Items);
        var document = Renderer.Render(model, diagnostics);
        return (diagnostics.HasErrors ? null : document, model, diagnostics.Items);
    }

    public BuildResult Build(string file, string outputRoot)
    {
        var started = System.Diagnostics.Stopwatch.GetTimestamp();
        var unit = Loader.Load(file);
        var (document, model, diagnostics) = Compose(unit);
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
            catch (OutputException e)
            {
                // A target that is a folder or a device, a full disk: the previous outputs stay, the report fails.
                all.Add(FileDiagnostics.Of(e));
            }
        }
        var elapsed = System.Diagnostics.Stopwatch.GetElapsedTime(started);
        var extras = model?.Members.Select(m => m.File).ToList() ?? new List<string>();
        return new BuildResult(file, model?.Id, all, written, elapsed, extras) { DataReads = unit.DataReads };
    }

    public static string OutputPath(string outputRoot, ReportModel model, string format)
        => Path.Combine(outputRoot, model.Agency.Id, $"{model.Year}.{format}");

    /// <summary>Last year's report for the cross-year rules; its file is named even when it did not load, so the rules can say why they compared nothing.</summary>
    private static CheckContext Context(BuiltReport built)
        => built.PreviousYearFile is null ? new CheckContext() : new CheckContext(built.PreviousYear, built.PreviousYearFile);
}

public sealed record BuildResult(string File, string? ReportId, IReadOnlyList<Diagnostic> Diagnostics, IReadOnlyList<string> Outputs, TimeSpan Elapsed, IReadOnlyList<string> ExtraInputs)
{
    /// <summary>The data files the build read, as read (<see cref="LoadedReport.DataReads"/>): what its stamp hashes.</summary>
    public IReadOnlyDictionary<string, FileRead> DataReads { get; init; } = new Dictionary<string, FileRead>();

    public bool Failed => Diagnostics.Any(d => d.IsError);
    public int Warnings => Diagnostics.Count(d => d.Severity == Severity.Warning);
}
