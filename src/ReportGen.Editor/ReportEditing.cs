using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text.Json.Nodes;
using ReportGen.Authoring.Editing;
using ReportGen.Building;
using ReportGen.Documents.Diagnostics;
using ReportGen.Documents.Document;
using ReportGen.Documents.Writers;
using ReportGen.Documents.Writers.Docx;
using ReportGen.Documents.Writers.Html;
using ReportGen.Documents.Writers.Pdf;
using ReportGen.Files;
using ReportGen.Loading;
using ReportGen.Model;

namespace ReportGen.Editor;

/// <summary>The data file as it is on disk: its text and the version a save must name.</summary>
public sealed record DiskText(string Text, string Version);

/// <summary>
/// What the browser's JSON tree of a report becomes: the file's text rewritten surgically
/// (<see cref="YamlTextEditor"/>), loaded, modelled, checked and rendered by the same pipeline as
/// <c>reportgen build</c>. Nothing here computes a total or words a diagnostic itself.
/// </summary>
public sealed record Evaluation(string? Text, LoadedReport? Unit, ReportDocument? Document, ReportModel? Model, IReadOnlyList<Diagnostic> Diagnostics, string? EditError)
{
    public static Evaluation Refused(string message) => new(null, null, null, null, [], message);
}

public enum SaveStatus { Saved, Conflict, Refused, Missing }

public sealed record SaveOutcome(SaveStatus Status, string? Version, Evaluation? Evaluation, IReadOnlyList<Diagnostic> Refusals, string? Message);

/// <summary>Open, preview, save and export of one report at a time; one pipeline shared by all requests.</summary>
public sealed class ReportEditing
{
    private static readonly ConcurrentDictionary<string, SemaphoreSlim> SaveLocks = new(StringComparer.Ordinal);

    public ReportEditing(EditorOptions options, ReportPipeline? pipeline = null)
    {
        Options = options;
        Locator = new ReportLocator(options);
        Pdf = new PdfWriter();
        Writers = [new HtmlWriter(), Pdf, new DocxWriter()];
        Pipeline = pipeline ?? new ReportPipeline(new Formats.FormatCatalog(options.Templates), Writers);
    }

    public EditorOptions Options { get; }
    public ReportLocator Locator { get; }
    public ReportPipeline Pipeline { get; }
    public PdfWriter Pdf { get; }
    public IReadOnlyList<IDocumentWriter> Writers { get; }

    public static string VersionOf(byte[] bytes) => Convert.ToHexString(SHA256.HashData(bytes))[..24];

    public DiskText? ReadDisk(string path)
    {
        var read = InputFile.Read(FileKind.Data, path, Options.DataRoot);
        if (!read.Ok) return null;
        return new DiskText(new System.Text.UTF8Encoding(false).GetString(read.Content).TrimStart('\uFEFF'), VersionOf(read.Content));
    }

    /// <summary>The browser's tree applied to the file's current text and run through the pipeline (rendered even when a check fails).</summary>
    public Evaluation Evaluate(string path, DiskText disk, JsonNode? desired)
    {
        string text;
        try { text = YamlTextEditor.Rewrite(disk.Text, desired); }
        catch (YamlEditException e) { return Evaluation.Refused(e.Message); }
        var unit = Pipeline.Loader.LoadText(path, text);
        var (document, model, diagnostics) = Pipeline.Preview(unit);
        return new Evaluation(text, unit, document, model, diagnostics, null);
    }

    /// <summary>
    /// Writes the edit atomically when the file is still the version the browser opened and the loader reads the
    /// new text without a new refusal; otherwise says why and leaves the file as it is.
    /// </summary>
    public async Task<SaveOutcome> SaveAsync(string path, JsonNode? desired, string version, CancellationToken cancellation)
    {
        var gate = SaveLocks.GetOrAdd(path, _ => new SemaphoreSlim(1, 1));
        await gate.WaitAsync(cancellation);
        try
        {
            var disk = ReadDisk(path);
            if (disk is null) return new SaveOutcome(SaveStatus.Missing, null, null, [], null);
            if (disk.Version != version) return new SaveOutcome(SaveStatus.Conflict, disk.Version, null, [], null);
            var evaluation = Evaluate(path, disk, desired);
            if (evaluation.EditError is not null) return new SaveOutcome(SaveStatus.Refused, version, evaluation, [], evaluation.EditError);
            var refusals = NewLoadErrors(Pipeline.Loader.LoadText(path, disk.Text), evaluation.Unit!);
            if (refusals.Count > 0) return new SaveOutcome(SaveStatus.Refused, version, evaluation, refusals, null);
            if (evaluation.Text != disk.Text) OutputFile.WriteText(path, evaluation.Text!);
            var saved = ReadDisk(path);
            return new SaveOutcome(SaveStatus.Saved, saved?.Version ?? version, evaluation, [], null);
        }
        finally { gate.Release(); }
    }

    /// <summary>
    /// What the loader refuses in the new text and did not refuse in the file as it was: a value of the wrong kind, an
    /// unknown key, text the YAML reader cannot read. A cell still to be filled in (E0114/R6) is work in progress, not a refusal.
    /// </summary>
    private static List<Diagnostic> NewLoadErrors(LoadedReport before, LoadedReport after)
    {
        var known = before.Diagnostics.Where(d => d.IsError).Select(Key).ToHashSet();
        var refusals = after.Diagnostics.Where(d => d.IsError && !IsStillToFill(d) && !known.Contains(Key(d))).ToList();
        if (after.Input is null && refusals.Count == 0) refusals.AddRange(after.Diagnostics.Where(d => d.IsError));
        return refusals;

        static string Key(Diagnostic d) => $"{d.RuleId}\u0001{d.Field}\u0001{d.Message}";
    }

    private static bool IsStillToFill(Diagnostic d) => d.RuleId == Catalog.Codes.RequiredCell.Id || d.RuleId == "R6";

    /// <summary>The evaluated document in one output format, and for PDF its page count.</summary>
    public (byte[] Bytes, int? Pages) Export(ReportDocument document, string format)
    {
        var writer = Writers.First(w => w.Format == format);
        using var stream = new MemoryStream();
        int? pages = null;
        // The PDF writer lays the document out again; the count comes from the same layouter, so it is the file's.
        if (writer is PdfWriter) pages = Pdf.Layout(document).Pages.Count;
        writer.Write(document, stream);
        return (stream.ToArray(), pages);
    }

    public string Html(ReportDocument document)
    {
        using var writer = new StringWriter();
        new HtmlWriter().Write(document, writer);
        return writer.ToString();
    }
}
