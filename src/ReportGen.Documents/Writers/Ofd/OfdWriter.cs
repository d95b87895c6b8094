using ReportGen.Documents.Document;
using ReportGen.Documents.Fonts;
using ReportGen.Documents.Layout;
using ReportGen.Documents.Layout.Pages;

namespace ReportGen.Documents.Writers.Ofd;

/// <summary>
/// OFD (GB/T 33190-2016), the fixed-layout format of Chinese electronic official documents and archives:
/// one more serialiser of the layout engine's page frames, so every glyph sits where the PDF puts it.
/// Construct once and share: the font catalog is read-only and the subset cache thread-safe.
/// </summary>
public sealed class OfdWriter : IDocumentWriter
{
    /// <summary>Bumped when serialisation changes the bytes for the same frames.</summary>
    private const string EngineVersion = "ofd-1";

    private readonly Lazy<string> _fingerprint;

    public OfdWriter(FontOptions? options = null, PageGeometry? geometry = null)
        : this(new FontCatalog(options ?? FontOptions.Default), geometry ?? PageGeometry.GbT9704)
    {
    }

    /// <summary>Shares a catalog (and so the loaded faces) with the PDF writer of the same run.</summary>
    public OfdWriter(FontCatalog fonts, PageGeometry geometry)
    {
        Fonts = fonts;
        Geometry = geometry;
        _fingerprint = new Lazy<string>(() => EngineVersion + ":" + Fonts.Fingerprint() + ":" + Geometry);
    }

    public string Format => "ofd";

    public FontCatalog Fonts { get; }

    public PageGeometry Geometry { get; }

    /// <summary>Engine version, resolved font files and page geometry: what besides the document decides the bytes.</summary>
    public string Fingerprint => _fingerprint.Value;

    public LayoutResult Layout(ReportDocument document) => DocumentLayouter.Layout(document, Fonts, Geometry);

    public void Write(ReportDocument document, Stream output)
        => new OfdPackageBuilder(document, Layout(document)).Write(output);
}
