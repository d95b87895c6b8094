namespace ReportGen.Files;

/// <summary>What a file is read for. Each kind has its own size limit (<see cref="FileLimits"/>) and, where the caller names one, its own root.</summary>
public enum FileKind
{
    /// <summary>A data file (data/&lt;agency&gt;/&lt;year&gt;.yaml), including last year's, members' and other years' files.</summary>
    Data,
    /// <summary>A picture a data file names (PNG, JPEG, SVG inside the workspace).</summary>
    Picture,
    /// <summary>A Scriban template (.sbn) of a format folder, the shared folder or an office's overrides.</summary>
    Template,
    /// <summary>A format definition (templates/&lt;id&gt;/format.yaml).</summary>
    Format,
    /// <summary>A font file: configured, installed or bundled.</summary>
    Font,
    /// <summary>A build stamp beside the outputs.</summary>
    Stamp,
    /// <summary>A published report to import (a saved web page, a .docx, a PDF, a text file).</summary>
    Published,
}
