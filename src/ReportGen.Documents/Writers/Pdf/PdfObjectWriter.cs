namespace ReportGen.Documents.Writers.Pdf;

/// <summary>Numbered objects into one buffer, with the offsets the cross-reference table needs.</summary>
internal sealed class PdfObjectWriter
{
    private readonly List<long> _offsets = [0];

    public PdfBuffer Out { get; } = new(1 << 16);

    public int Count => _offsets.Count;

    public int Allocate()
    {
        _offsets.Add(-1);
        return _offsets.Count - 1;
    }

    public PdfBuffer Begin(int id)
    {
        _offsets[id] = Out.Length;
        return Out.I(id).A(" 0 obj\n");
    }

    public void End() => Out.A("\nendobj\n");

    /// <summary>A stream object; <paramref name="dict"/> is written inside the dictionary before /Length.</summary>
    public void Stream(int id, string dict, ReadOnlySpan<byte> data)
    {
        Begin(id).A("<<").A(dict).A(" /Length ").I(data.Length).A(">>\nstream\n").Raw(data).A("\nendstream");
        End();
    }

    public void Finish(int root, int info, byte[] fileId)
    {
        for (var i = 1; i < _offsets.Count; i++)
            if (_offsets[i] < 0) throw new InvalidOperationException($"object {i} allocated but never written");
        var xref = Out.Length;
        Out.A("xref\n0 ").I(_offsets.Count).A("\n0000000000 65535 f \n");
        for (var i = 1; i < _offsets.Count; i++)
        {
            var s = _offsets[i].ToString("D10", System.Globalization.CultureInfo.InvariantCulture);
            Out.A(s).A(" 00000 n \n");
        }
        var id = Convert.ToHexString(fileId);
        Out.A("trailer\n<</Size ").I(_offsets.Count).A(" /Root ").Ref(root).A(" /Info ").Ref(info)
           .A(" /ID [<").A(id).A("> <").A(id).A(">]>>\nstartxref\n").I(xref).A("\n%%EOF\n");
    }
}
