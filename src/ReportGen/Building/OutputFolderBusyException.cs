using ReportGen.Documents.Diagnostics;

namespace ReportGen.Building;

/// <summary>Another run kept the output folder for longer than this one would wait: nothing was written.</summary>
public sealed class OutputFolderBusyException(string folder) : IOException(Catalog.Building.OutputStillBusy.Text(folder))
{
    public string Folder { get; } = folder;
}
