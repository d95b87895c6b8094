namespace ReportGen.Documents.Fonts;

/// <summary>A font file (and face of a .ttc) named by configuration.</summary>
public sealed record FontSource(string Path, int FaceIndex = 0);
