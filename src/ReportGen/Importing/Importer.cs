using System.Diagnostics;
using System.Text;
using ReportGen.Documents.Diagnostics;
using ReportGen.Documents.Document;
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
    private readonly ReportReader _reader = new(formats);
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
            var info = new FileInfo(file);
            if (info.Exists && info.Length > SourceLimits.MaxAnyBytes)
            {
                report.Diagnostics.Add(new Diagnostic(Severity.Error, ImportMessages.TooLarge, whole, "", ImportMessages.SourceTooLarge(info.Length, SourceLimits.MaxAnyBytes)));
                return report;
            }
            byte[] bytes;
            try { bytes = File.ReadAllBytes(file); }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                report.Diagnostics.Add(new Diagnostic(Severity.Error, ImportMessages.Unreadable, whole, "", ImportMessages.CannotRead(e.Message)));
                return report;
            }
            var outcome = Run(file, bytes, options, report);
            if (outcome.Yaml is not null && outcome.Target is not null) Write(outcome.Target, outcome.Yaml, report, whole);
            return report;
        }
        finally
        {
            report.Milliseconds = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
        }
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
                diagnostics.Error(ImportMessages.NoAgency, whole, "agency.id", ImportMessages.BadAgencyId(id));
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
            diagnostics.Error(ImportMessages.Internal, whole, "", ImportMessages.Unexpected(e.GetType().Name, e.Message));
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
                diagnostics.Error(ImportMessages.UnknownKind, whole, "", ImportMessages.LegacyDoc);
                return null;
            case SourceSniffer.Verdict.Unknown:
                diagnostics.Error(ImportMessages.UnknownKind, whole, "", ImportMessages.UnknownSourceKind(Path.GetFileName(file)));
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
        // A cell left blank on purpose (the report printed “/”) that the format requires cannot load until
        // someone fills it: that is check's finding to report, not a failed import.
        var blanks = draft.Statistics.SelectMany(t => t.Value.Where(c => c.Value.Text is null).Select(c => $"statistics.{t.Key}.{c.Key.Row}.{c.Key.Column}")).ToHashSet();
        if (_reader.Read(target, Encoding.UTF8.GetBytes(yaml), check) is null
            && check.Items.Any(d => d.IsError && !blanks.Contains(d.Field)))
        {
            foreach (var d in check.Items.Where(d => d.IsError && !blanks.Contains(d.Field)))
                diagnostics.Error(d.RuleId == "E0001" ? ImportMessages.TooLarge : ImportMessages.Internal, new SourceSpan(published.SourceFile, 0, 0), d.Field,
                    $"导入生成的数据文件无法读取：{d.Message}");
            return null;
        }
        return yaml;
    }

    /// <summary>The preamble paragraphs the format's template prints for this data (whitespace-normalised), or null when it cannot be rendered.</summary>
    private IReadOnlyList<string>? RenderedPreamble(string yaml, string target)
    {
        var bag = new DiagnosticBag();
        var model = _reader.Read(target, Encoding.UTF8.GetBytes(yaml), bag);
        if (model is null) return null;
        var document = _renderer.Value.Render(model, bag);
        if (document is null) return null;
        return document.Blocks.SkipWhile(b => b is Title or Paragraph { Kind: ParagraphKind.Centered }).TakeWhile(b => b is Paragraph)
            .Cast<Paragraph>().Select(p => Normalised(p.PlainText)).ToList();
    }

    private static string Normalised(string text) => Sources.TextClean.Inline(text).Replace(" ", "");

    /// <summary>Through a temporary file, never over an existing data file (even one that appears meanwhile).</summary>
    private static void Write(string target, string yaml, ImportReport report, SourceSpan whole)
    {
        if (File.Exists(target))
        {
            report.Diagnostics.Add(new Diagnostic(Severity.Error, ImportMessages.TargetExists, whole, "", ImportMessages.Exists(target)));
            return;
        }
        var folder = Path.GetDirectoryName(target)!;
        string? temp = null;
        try
        {
            Directory.CreateDirectory(folder);
            temp = Path.Combine(folder, $".{Path.GetFileName(target)}.{Guid.NewGuid():N}.tmp");
            File.WriteAllBytes(temp, new UTF8Encoding(false).GetBytes(yaml));
            File.Move(temp, target, overwrite: false);
            temp = null;
            report.Written = true;
        }
        catch (IOException) when (File.Exists(target))
        {
            report.Diagnostics.Add(new Diagnostic(Severity.Error, ImportMessages.TargetExists, whole, "", ImportMessages.Exists(target)));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            report.Diagnostics.Add(new Diagnostic(Severity.Error, ImportMessages.Unreadable, whole, "", $"无法写入 {target}：{e.Message}"));
        }
        finally
        {
            if (temp is not null) try { File.Delete(temp); } catch (IOException) { }
        }
    }
}
