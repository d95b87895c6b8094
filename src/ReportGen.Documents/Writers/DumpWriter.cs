using System.Text;
using ReportGen.Documents.Document;

namespace ReportGen.Documents.Writers;

/// <summary>The document tree as readable text (<c>--format txt</c>): what the golden tests compare.</summary>
public sealed class DumpWriter : IDocumentWriter
{
    public string Format => "txt";

    public void Write(ReportDocument document, Stream output)
    {
        var bytes = new UTF8Encoding(false).GetBytes(DocumentDumper.Dump(document));
        output.Write(bytes);
    }
}
