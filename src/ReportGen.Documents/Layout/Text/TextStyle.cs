namespace ReportGen.Documents.Layout.Text;

/// <summary>Font role, size and the tracking that puts characters on the 28-per-line grid.</summary>
public sealed record TextStyle(TextRole Role, double Size, double Tracking = 0);
