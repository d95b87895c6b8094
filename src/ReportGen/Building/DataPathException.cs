namespace ReportGen.Building;

/// <summary>A data path that leaves the data folder (through a link): an I/O refusal, reported before any build starts.</summary>
public sealed class DataPathException(string message) : IOException(message);
