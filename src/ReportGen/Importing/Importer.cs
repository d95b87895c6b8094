using System.Diagnostics;
using System.Text;
using ReportGen.Documents.Diagnostics;
using ReportGen.Documents.Document;
using ReportGen.Files;
using ReportGen.Formats;
using ReportGen.Importing.Published;
using ReportGen.Importing.Recognition;
using ReportGen.Importing.Sources;
using ReportGen.Importing.Sources.Docx;
using ReportGen.Importing.Sources.Html;
using ReportGen.Importing.Sources.Pdf;
using ReportGen.Importing.Sources.Text;
using ReportGen.Importing.Writing;
using ReportGen.Loading;
using ReportGen.Model;
using ReportGen.Templating;

namespace ReportGen.Importing;

/// <summary>
/// <c>reportgen import</c> for one source: read it (HTML, .docx, PDF or text, by its bytes), recognise
/// the report, write the draft as YAML, prove the YAML loads as the data file it will be, and write it
/// to data/&lt;agency&gt;/&lt;year&gt;.yaml through a temporary file, never over an existing one. Every
/// problem, hostile input included, ends as a Chinese diagnostic in the import report, never an exception.
/// </summary>
public sealed class Importer(FormatCatalog formats)
{
    private readonly ReportLoader _loader = new(formats);
    private readonly Lazy<ReportRenderer> _renderer = new(() => new ReportRenderer(formats));

    /// <summary>Whether PDF/UA tags are used where a PDF has them; off in tests that read a tagged PDF by geometry alone.</summary>
    internal bool ReadPdfTags { get; init; } = true;

    /// <summary>The result of importing without writing: the report, and the YAML when there is one.</summary>
    public sealed record Outcome(ImportReport Report, string? Yaml, string? Target);

    public ImportReport Import(string file, ImportOptions options)
    {
        var started = Stopwatch.GetTimestamp();
        var report = new ImportReport { Source = file };
        var whole = new SourceSpan(file, 0, 0);
        try
        {
            // The size is judged before a byte is read; links, folders and devices are refused alike.
            var read = InputFile.Read(FileKind.Published, file);
            if (!read.Ok)
            {
                report.Diagnostics.Add(read.Problem == FileProblem.TooLarge
                    ? Catalog.Importing.TooLarge.At(whole, "", read.Length, read.Limit)
                    : Catalog.Importing.CannotRead.At(whole, "", FileDiagnostics.Reason(read).Length > 0 ? FileDiagnostics.Reason(read) : file));
                return report;
            }
            var outcome = Run(file, read.Content, options, report);
            if (outcome.Yaml is not null && outcome.Target is not null) Write(outcome.Target, outcome.Yaml, report, whole);
            return report;
        }
        finally
        {
            report.Milliseconds = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
        }
    }

    /// <summary>Bytes received rather than read (the editor's upload), imported and written as <see cref="Import(string, ImportOptions)"/> writes: never over an existing file.</summary>
    public ImportReport Import(string file, byte[] bytes, ImportOptions options)
    {
        var started = Stopwatch.GetTimestamp();
        var report = new ImportReport { Source = file };
        var outcome = Run(file, bytes, options, report);
        if (outcome.Yaml is not null && outcome.Target is not null) Write(outcome.Target, outcome.Yaml, report, new SourceSpan(file, 0, 0));
        report.Milliseconds = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
        return report;
    }

    /// <summary>Imports bytes in memory (tests, fuzzing, benchmarks): nothing is written.</summary>
    public Outcome ImportBytes(string file, byte[] bytes, ImportOptions options)
    {
        var started = Stopwatch.GetTimestamp();
        var report = new ImportReport { Source = file };
        var outcome = Run(file, bytes, options, report);
        report.Milliseconds = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
        return outcome;
    }

    private Outcome Run(string file, byte[] bytes, ImportOptions options, ImportReport report)
    {
        var whole = new SourceSpan(file, 0, 0);
        var diagnostics = new DiagnosticBag();
        try
        {
            if (options.AgencyId is { } id && (id.Length == 0 || !id.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c == '-')))
            {
                diagnostics.Add(Catalog.Importing.BadAgencyId.At(whole, "agency.id", id));
                return new Outcome(report, null, null);
            }
            var published = ReadSource(file, bytes, diagnostics, report);
            if (published is null) return new Outcome(report, null, null);
            var draft = new ReportRecognizer(formats).Recognize(published, options, report, diagnostics);
            if (draft is null) return new Outcome(report, null, null);
            report.Format = draft.Format.Id;
            report.Agency = draft.AgencyName;
            report.AgencyId = draft.AgencyId;
            report.Year = draft.Year;
            var target = Path.Combine(options.OutputRoot, draft.AgencyId, $"{draft.Year}.yaml");
            report.Target = target;
            var yaml = Verified(draft, published, target, diagnostics);
            return new Outcome(report, yaml, yaml is null ? null : target);
        }
        catch (Exception e) when (e is not OutOfMemoryException and not StackOverflowException)
        {
            // A bug must still end as a message naming the file, not a stack trace.
            diagnostics.Add(Catalog.Importing.Unexpected.At(whole, "", e.GetType().Name, e.Message));
            return new Outcome(report, null, null);
        }
        finally
        {
            report.Diagnostics.AddRange(diagnostics.Items);
        }
    }

    private PublishedReport? ReadSource(string file, byte[] bytes, DiagnosticBag diagnostics, ImportReport report)
    {
        var whole = new SourceSpan(file, 0, 0);
        var verdict = SourceSniffer.Detect(file, bytes);
        report.Kind = SourceSniffer.KindOf(verdict);
        switch (verdict)
        {
            case SourceSniffer.Verdict.LegacyDoc:
                diagnostics.Add(Catalog.Importing.LegacyDoc.At(whole, ""));
                return null;
            case SourceSniffer.Verdict.Unknown:
                diagnostics.Add(Catalog.Importing.UnknownSourceKind.At(whole, "", Path.GetFileName(file)));
                return null;
            case SourceSniffer.Verdict.Html:
                return new HtmlSourceReader().Read(file, bytes, diagnostics);
            case SourceSniffer.Verdict.Docx:
                return new DocxSourceReader().Read(file, bytes, diagnostics);
            case SourceSniffer.Verdict.Pdf:
                return new PdfSourceReader(ReadPdfTags).Read(file, bytes, diagnostics);
            default:
                return new TextSourceReader().Read(file, bytes, diagnostics);
        }
    }

    /// <summary>
    /// The draft as YAML that loads as the data file it will be. The current format prints a standard
    /// preamble from the contact details: when the published one is that standard text, the data needs
    /// only the contact details; otherwise the published preamble is kept as written.
    /// </summary>
    private string? Verified(ImportDraft draft, PublishedReport published, string target, DiagnosticBag diagnostics)
    {
        var writer = new ImportYamlWriter();
        var name = Path.GetFileName(published.SourceFile);
        if (draft.Format.IsFixedOutline && draft.Preamble.Count > 0)
        {
            var preamble = draft.Preamble.ToList();
            draft.Preamble.Clear();
            var standard = RenderedPreamble(writer.Write(draft, name, published.Kind), target);
            if (standard is null || !standard.SequenceEqual(preamble.Select(Normalised)))
                draft.Preamble.AddRange(preamble);
        }
        var yaml = writer.Write(draft, name, published.Kind);
        var check = new DiagnosticBag();
        var loaded = Model(target, yaml, check);
        // A cell left blank on purpose (the report printed “/”) that the format requires cannot load until
        // someone fills it: that is check's finding to report, not a failed import.
        var blanks = draft.Statistics.SelectMany(t => t.Value.Where(c => c.Value.Text is null).Select(c => $"statistics.{t.Key}.{c.Key.Row}.{c.Key.Column}")).ToHashSet();
        if (loaded is null && check.Items.Any(d => d.IsError && !blanks.Contains(d.Field)))
        {
            foreach (var d in check.Items.Where(d => d.IsError && !blanks.Contains(d.Field)))
                diagnostics.Add((d.RuleId == Catalog.Codes.Unreadable.Id ? Catalog.Importing.DraftTooLarge : Catalog.Importing.DraftUnloadable)
                    .At(new SourceSpan(published.SourceFile, 0, 0), d.Field, d.Message));
            return null;
        }
        return yaml;
    }

    /// <summary>The preamble paragraphs the format's template prints for this data (whitespace-normalised), or null when it cannot be rendered.</summary>
    private IReadOnlyList<string>? RenderedPreamble(string yaml, string target)
    {
        var bag = new DiagnosticBag();
        var model = Model(target, yaml, bag);
        if (model is null) return null;
        var document = _renderer.Value.Render(model, bag);
        if (document is null) return null;
        return document.Blocks.SkipWhile(b => b is Title or Paragraph { Kind: ParagraphKind.Centered }).TakeWhile(b => b is Paragraph)
            .Cast<Paragraph>().Select(p => Normalised(p.PlainText)).ToList();
    }

    /// <summary>The data file the YAML will be, loaded and modelled in memory as if saved at <paramref name="target"/>.</summary>
    private ReportModel? Model(string target, string yaml, DiagnosticBag diagnostics)
    {
        var built = ModelBuilder.Build(_loader.LoadText(target, yaml));
        diagnostics.AddRange(built.Diagnostics);
        return built.Model;
    }

    private static string Normalised(string text) => Sources.TextClean.Inline(text).Replace(" ", "");

    /// <summary>Through a temporary file, never over an existing data file (even one that appears meanwhile).</summary>
    private static void Write(string target, string yaml, ImportReport report, SourceSpan whole)
    {
        if (File.Exists(target))
        {
            report.Diagnostics.Add(Catalog.Importing.Exists.At(whole, "", target));
            return;
        }
        try
        {
            OutputFile.CreateNew(target, yaml);
            report.Written = true;
        }
        catch (IOException) when (File.Exists(target))
        {
            report.Diagnostics.Add(Catalog.Importing.Exists.At(whole, "", target));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            report.Diagnostics.Add(FileDiagnostics.OfException(e, target, whole));
        }
    }
}
