using ReportGen.Documents.Document;

namespace ReportGen.Documents.Writers;

/// <summary>
/// Serialises a <see cref="ReportDocument"/> into one output format. Implementations are
/// thread-safe and shared across a parallel batch; per-document state lives in locals.
/// The caller owns atomicity (temp file + rename); a writer only writes to the stream.
/// </summary>
public interface IDocumentWriter
{
    /// <summary>Format name as used on the command line and as file extension: docx, html, pdf.</summary>
    string Format { get; }

    void Write(ReportDocument document, Stream output);

    /// <summary>
    /// What, besides the document, decides this writer's bytes (e.g. the font files it embeds).
    /// Part of the incremental-build key: when it changes, every report is rebuilt.
    /// </summary>
    string Fingerprint => "";
}
