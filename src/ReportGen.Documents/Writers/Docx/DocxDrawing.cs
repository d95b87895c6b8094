namespace ReportGen.Documents.Writers.Docx;

/// <summary>What a w:drawing holds: an inline DrawingML object.</summary>
internal interface IDocxDrawing
{
    void Write(WordXml xml);
}

/// <summary>The wp:inline frame shared by charts and pictures: size, no wrap distances, a unique docPr id.</summary>
internal abstract class DocxInlineDrawing(long cx, long cy, uint id, string name, string description) : IDocxDrawing
{
    protected long Cx { get; } = cx;

    protected long Cy { get; } = cy;

    protected uint Id { get; } = id;

    public void Write(WordXml xml)
    {
        xml.Start("wp", "inline", WordXml.WP);
        xml.Plain("distT", "0");
        xml.Plain("distB", "0");
        xml.Plain("distL", "0");
        xml.Plain("distR", "0");
        xml.Start("wp", "extent", WordXml.WP);
        xml.Plain("cx", Cx);
        xml.Plain("cy", Cy);
        xml.End();
        xml.Start("wp", "effectExtent", WordXml.WP);
        xml.Plain("l", "0");
        xml.Plain("t", "0");
        xml.Plain("r", "0");
        xml.Plain("b", "0");
        xml.End();
        xml.Start("wp", "docPr", WordXml.WP);
        xml.Plain("id", Id);
        xml.Plain("name", name);
        xml.Plain("descr", description);
        xml.End();
        xml.Start("wp", "cNvGraphicFramePr", WordXml.WP);
        WriteFrameLocks(xml);
        xml.End();
        xml.Start("a", "graphic", WordXml.A);
        xml.Start("a", "graphicData", WordXml.A);
        xml.Plain("uri", GraphicDataUri);
        WriteGraphic(xml);
        xml.End();
        xml.End();
        xml.End();
    }

    protected abstract string GraphicDataUri { get; }

    protected virtual void WriteFrameLocks(WordXml xml)
    {
    }

    protected abstract void WriteGraphic(WordXml xml);
}

/// <summary>A native chart: c:chart pointing at the chart part by relationship id.</summary>
internal sealed class DocxChartDrawing(long cx, long cy, uint id, string description, string relationshipId)
    : DocxInlineDrawing(cx, cy, id, $"图表 {id}", description)
{
    protected override string GraphicDataUri => WordXml.C;

    protected override void WriteGraphic(WordXml xml)
    {
        xml.Start("c", "chart", WordXml.C);
        xml.Relationship("id", relationshipId);
        xml.End();
    }
}

/// <summary>An inline picture: pic:pic stretched over its extent, aspect ratio locked.</summary>
internal sealed class DocxPictureDrawing(long cx, long cy, uint id, string description, string relationshipId)
    : DocxInlineDrawing(cx, cy, id, $"图片 {id}", description)
{
    protected override string GraphicDataUri => WordXml.Pic;

    protected override void WriteFrameLocks(WordXml xml)
    {
        xml.Start("a", "graphicFrameLocks", WordXml.A);
        xml.Plain("noChangeAspect", "1");
        xml.End();
    }

    protected override void WriteGraphic(WordXml xml)
    {
        xml.Start("pic", "pic", WordXml.Pic);
        xml.Start("pic", "nvPicPr", WordXml.Pic);
        xml.Start("pic", "cNvPr", WordXml.Pic);
        xml.Plain("id", "0");
        xml.Plain("name", $"image{Id}");
        xml.End();
        xml.Start("pic", "cNvPicPr", WordXml.Pic);
        xml.End();
        xml.End();
        xml.Start("pic", "blipFill", WordXml.Pic);
        xml.Start("a", "blip", WordXml.A);
        xml.Relationship("embed", relationshipId);
        xml.End();
        xml.Start("a", "stretch", WordXml.A);
        xml.Start("a", "fillRect", WordXml.A);
        xml.End();
        xml.End();
        xml.End();
        xml.Start("pic", "spPr", WordXml.Pic);
        xml.Start("a", "xfrm", WordXml.A);
        xml.Start("a", "off", WordXml.A);
        xml.Plain("x", "0");
        xml.Plain("y", "0");
        xml.End();
        xml.Start("a", "ext", WordXml.A);
        xml.Plain("cx", Cx);
        xml.Plain("cy", Cy);
        xml.End();
        xml.End();
        xml.Start("a", "prstGeom", WordXml.A);
        xml.Plain("prst", "rect");
        xml.Start("a", "avLst", WordXml.A);
        xml.End();
        xml.End();
        xml.End();
        xml.End();
    }
}
