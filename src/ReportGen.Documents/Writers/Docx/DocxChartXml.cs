using System.Globalization;
using System.Text;
using System.Xml;
using ReportGen.Documents.Document;
using ReportGen.Documents.Layout.Charts;

namespace ReportGen.Documents.Writers.Docx;

/// <summary>
/// The c:chartSpace part of a native Word chart. Values and labels are written into the caches
/// (what Word and LibreOffice draw) and referenced to Sheet1 of the embedded workbook (what
/// 「编辑数据」 opens), both from the same model so they cannot disagree.
/// Element order follows the CT_* sequences of ECMA-376 part 1 §21.2 exactly; the validator checks it.
/// </summary>
internal static class DocxChartXml
{
    private const string C = "http://schemas.openxmlformats.org/drawingml/2006/chart";
    private const string A = "http://schemas.openxmlformats.org/drawingml/2006/main";
    private const string R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

    /// <summary>五号-ish 11 pt: readable in a 156 mm wide chart without crowding five category names.</summary>
    private const int TextSize = 1100;

    private const int CategoryAxisId = 10001;
    private const int ValueAxisId = 10002;

    public static byte[] Build(ChartFigure chart, string caption, string workbookRelationshipId)
    {
        var buffer = new MemoryStream();
        var settings = new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = false };
        using (var w = XmlWriter.Create(buffer, settings))
        {
            w.WriteStartDocument(true);
            w.WriteStartElement("c", "chartSpace", C);
            w.WriteAttributeString("xmlns", "a", null, A);
            w.WriteAttributeString("xmlns", "r", null, R);
            Val(w, "date1904", "0");
            Val(w, "lang", "zh-CN");
            Val(w, "roundedCorners", "0");

            w.WriteStartElement("chart", C);
            // The caption is printed under the chart, so the chart has no title of its own; a pie has
            // no value axis either, so its unit goes where the axis title of a bar chart sits.
            var pieUnit = ChartData.IsPie(chart.Kind) ? ChartData.UnitLabel(chart) : "";
            if (pieUnit.Length > 0) AxisTitle(w, pieUnit);
            Val(w, "autoTitleDeleted", pieUnit.Length > 0 ? "0" : "1");
            w.WriteStartElement("plotArea", C);
            if (ChartData.IsPie(chart.Kind)) PieLayout(w);
            else w.WriteElementString("layout", C, "");
            if (ChartData.IsPie(chart.Kind)) WritePie(w, chart);
            else WriteAxisChart(w, chart);
            w.WriteEndElement(); // plotArea

            if (ShowsLegend(chart, caption))
            {
                w.WriteStartElement("legend", C);
                Val(w, "legendPos", "b");
                Val(w, "overlay", "0");
                TextProperties(w, TextSize);
                w.WriteEndElement();
            }
            Val(w, "plotVisOnly", "1");
            Val(w, "dispBlanksAs", "gap");
            w.WriteEndElement(); // chart

            // No border or fill around the chart: it sits on the page like a table does.
            w.WriteStartElement("spPr", C);
            w.WriteElementString("noFill", A, "");
            Line(w, null);
            w.WriteEndElement();
            TextProperties(w, TextSize);

            w.WriteStartElement("externalData", C);
            w.WriteAttributeString("r", "id", R, workbookRelationshipId);
            Val(w, "autoUpdate", "0");
            w.WriteEndElement();

            w.WriteEndElement(); // chartSpace
        }
        return buffer.ToArray();
    }

    /// <summary>
    /// A pie's legend names the slices; a single bar or line series only needs one when its name says
    /// more than the caption already does.
    /// </summary>
    internal static bool ShowsLegend(ChartFigure chart, string caption) =>
        ChartData.IsPie(chart.Kind)
            ? ChartData.Categories(chart).Length > 0
            : ChartData.Series(chart).Length > 1 || ChartData.Series(chart).Any(s => s.Name != caption);

    private static void WriteAxisChart(XmlWriter w, ChartFigure chart)
    {
        var series = ChartData.Series(chart);
        var isLine = chart.Kind == ChartKind.Line;
        var stacked = chart.Kind == ChartKind.StackedBar;

        w.WriteStartElement(isLine ? "lineChart" : "barChart", C);
        if (!isLine) Val(w, "barDir", "col");
        Val(w, "grouping", stacked ? "stacked" : isLine ? "standard" : "clustered");
        Val(w, "varyColors", "0");
        for (var s = 0; s < series.Length; s++)
        {
            w.WriteStartElement("ser", C);
            Val(w, "idx", Int(s));
            Val(w, "order", Int(s));
            SeriesName(w, series[s], s);
            if (isLine)
            {
                w.WriteStartElement("spPr", C);
                Line(w, ChartPalette.Fill(s), 28575);
                w.WriteEndElement();
                w.WriteStartElement("marker", C);
                Val(w, "symbol", "circle");
                Val(w, "size", "6");
                w.WriteStartElement("spPr", C);
                Solid(w, ChartPalette.Fill(s));
                Line(w, ChartPalette.Fill(s));
                w.WriteEndElement();
                w.WriteEndElement();
            }
            else
            {
                w.WriteStartElement("spPr", C);
                Solid(w, ChartPalette.Fill(s));
                Line(w, null);
                w.WriteEndElement();
                Val(w, "invertIfNegative", "0");
            }
            // Stacked segments carry their labels inside, on a white tag so dark fills stay readable.
            DataLabels(w, stacked ? "ctr" : isLine ? "t" : "outEnd", showPercent: false, boxed: stacked);
            Categories(w, chart);
            Values(w, chart, series[s], s);
            if (isLine) Val(w, "smooth", "0");
            w.WriteEndElement(); // ser
        }
        if (!isLine)
        {
            Val(w, "gapWidth", series.Length > 1 ? "60" : "100");
            if (stacked) Val(w, "overlap", "100");
        }
        else
        {
            Val(w, "marker", "1");
        }
        Val(w, "axId", Int(CategoryAxisId));
        Val(w, "axId", Int(ValueAxisId));
        w.WriteEndElement();

        w.WriteStartElement("catAx", C);
        Val(w, "axId", Int(CategoryAxisId));
        Scaling(w);
        Val(w, "delete", "0");
        Val(w, "axPos", "b");
        w.WriteStartElement("numFmt", C);
        w.WriteAttributeString("formatCode", "General");
        w.WriteAttributeString("sourceLinked", "1");
        w.WriteEndElement();
        Val(w, "majorTickMark", "none");
        Val(w, "minorTickMark", "none");
        Val(w, "tickLblPos", "nextTo");
        AxisLine(w, ChartPalette.Axis);
        TextProperties(w, TextSize);
        Val(w, "crossAx", Int(ValueAxisId));
        Val(w, "crosses", "autoZero");
        Val(w, "auto", "1");
        Val(w, "lblAlgn", "ctr");
        Val(w, "lblOffset", "100");
        Val(w, "noMultiLvlLbl", "0");
        w.WriteEndElement();

        w.WriteStartElement("valAx", C);
        Val(w, "axId", Int(ValueAxisId));
        Scaling(w);
        Val(w, "delete", "0");
        Val(w, "axPos", "l");
        w.WriteStartElement("majorGridlines", C);
        w.WriteStartElement("spPr", C);
        Line(w, ChartPalette.Grid);
        w.WriteEndElement();
        w.WriteEndElement();
        var unit = ChartData.UnitLabel(chart);
        if (unit.Length > 0) AxisTitle(w, unit);
        w.WriteStartElement("numFmt", C);
        w.WriteAttributeString("formatCode", "General");
        w.WriteAttributeString("sourceLinked", "0");
        w.WriteEndElement();
        Val(w, "majorTickMark", "none");
        Val(w, "minorTickMark", "none");
        Val(w, "tickLblPos", "nextTo");
        AxisLine(w, null);
        TextProperties(w, TextSize);
        Val(w, "crossAx", Int(CategoryAxisId));
        Val(w, "crosses", "autoZero");
        Val(w, "crossBetween", "between");
        w.WriteEndElement();
    }

    private static void WritePie(XmlWriter w, ChartFigure chart)
    {
        var donut = chart.Kind == ChartKind.Donut;
        var categories = ChartData.Categories(chart);
        // A pie shows one series; further ones would be drawn as hidden rings, so only the first is written.
        var series = ChartData.Series(chart).Take(1).ToList();

        w.WriteStartElement(donut ? "doughnutChart" : "pieChart", C);
        Val(w, "varyColors", "1");
        foreach (var s in series)
        {
            w.WriteStartElement("ser", C);
            Val(w, "idx", "0");
            Val(w, "order", "0");
            SeriesName(w, s, 0);
            for (var i = 0; i < categories.Length; i++)
            {
                w.WriteStartElement("dPt", C);
                Val(w, "idx", Int(i));
                Val(w, "bubble3D", "0");
                w.WriteStartElement("spPr", C);
                Solid(w, ChartPalette.Fill(i));
                // White seams keep slices apart when two greys print alike.
                Line(w, "FFFFFF", 19050);
                w.WriteEndElement();
                w.WriteEndElement();
            }
            // A donut's labels sit on the ring (Word offers no outside position), so they get a white tag.
            DataLabels(w, donut ? null : "outEnd", showPercent: true, boxed: donut);
            Categories(w, chart);
            Values(w, chart, s, 0);
            w.WriteEndElement();
        }
        Val(w, "firstSliceAng", "0");
        if (donut) Val(w, "holeSize", "55");
        w.WriteEndElement();
    }

    private static void SeriesName(XmlWriter w, ChartSeries s, int index)
    {
        w.WriteStartElement("tx", C);
        w.WriteStartElement("strRef", C);
        w.WriteElementString("f", C, $"Sheet1!${DocxChartWorkbook.Column(index + 1)}$1");
        w.WriteStartElement("strCache", C);
        Val(w, "ptCount", "1");
        Point(w, 0, s.Name);
        w.WriteEndElement();
        w.WriteEndElement();
        w.WriteEndElement();
    }

    private static void Categories(XmlWriter w, ChartFigure chart)
    {
        var categories = ChartData.Categories(chart);
        w.WriteStartElement("cat", C);
        w.WriteStartElement("strRef", C);
        w.WriteElementString("f", C, $"Sheet1!$A$2:$A${Math.Max(2, categories.Length + 1)}");
        w.WriteStartElement("strCache", C);
        Val(w, "ptCount", Int(categories.Length));
        for (var i = 0; i < categories.Length; i++) Point(w, i, categories[i]);
        w.WriteEndElement();
        w.WriteEndElement();
        w.WriteEndElement();
    }

    private static void Values(XmlWriter w, ChartFigure chart, ChartSeries s, int index)
    {
        var count = ChartData.Categories(chart).Length;
        var column = DocxChartWorkbook.Column(index + 1);
        w.WriteStartElement("val", C);
        w.WriteStartElement("numRef", C);
        w.WriteElementString("f", C, $"Sheet1!${column}$2:${column}${Math.Max(2, count + 1)}");
        w.WriteStartElement("numCache", C);
        w.WriteElementString("formatCode", C, "General");
        Val(w, "ptCount", Int(count));
        for (var i = 0; i < count; i++)
        {
            // A missing value (NaN) is a missing point, which Word draws as a gap.
            var value = ChartData.Value(s, i);
            if (double.IsFinite(value)) Point(w, i, value.ToString("R", CultureInfo.InvariantCulture));
        }
        w.WriteEndElement();
        w.WriteEndElement();
        w.WriteEndElement();
    }

    private static void Point(XmlWriter w, int index, string value)
    {
        w.WriteStartElement("pt", C);
        w.WriteAttributeString("idx", Int(index));
        w.WriteElementString("v", C, XmlTextSanitizer.Clean(value));
        w.WriteEndElement();
    }

    private static void DataLabels(XmlWriter w, string? position, bool showPercent, bool boxed)
    {
        w.WriteStartElement("dLbls", C);
        w.WriteStartElement("spPr", C);
        if (boxed) Solid(w, "FFFFFF"); else w.WriteElementString("noFill", A, "");
        Line(w, null);
        w.WriteEndElement();
        TextProperties(w, TextSize);
        if (position is not null) Val(w, "dLblPos", position);
        Val(w, "showLegendKey", "0");
        Val(w, "showVal", "1");
        Val(w, "showCatName", "0");
        Val(w, "showSerName", "0");
        Val(w, "showPercent", showPercent ? "1" : "0");
        Val(w, "showBubbleSize", "0");
        if (showPercent) w.WriteElementString("separator", C, "\n");
        if (showPercent) Val(w, "showLeaderLines", "1");
        w.WriteEndElement();
    }

    /// <summary>A small title at the top left (c:title is the same element for an axis and the chart).</summary>
    private static void AxisTitle(XmlWriter w, string text)
    {
        w.WriteStartElement("title", C);
        w.WriteStartElement("tx", C);
        w.WriteStartElement("rich", C);
        // Horizontal text above the axis reads better in Chinese than a label turned on its side.
        w.WriteStartElement("bodyPr", A);
        w.WriteAttributeString("rot", "0");
        w.WriteAttributeString("vert", "horz");
        w.WriteEndElement();
        w.WriteElementString("lstStyle", A, "");
        w.WriteStartElement("p", A);
        w.WriteStartElement("pPr", A);
        DefaultRunProperties(w, TextSize);
        w.WriteEndElement();
        w.WriteStartElement("r", A);
        RunProperties(w, "rPr", TextSize);
        w.WriteElementString("t", A, XmlTextSanitizer.Clean(text));
        w.WriteEndElement();
        w.WriteEndElement();
        w.WriteEndElement(); // rich
        w.WriteEndElement(); // tx
        w.WriteStartElement("layout", C);
        w.WriteStartElement("manualLayout", C);
        Val(w, "xMode", "edge");
        Val(w, "yMode", "edge");
        Val(w, "x", "0.005");
        Val(w, "y", "0.01");
        w.WriteEndElement();
        w.WriteEndElement();
        Val(w, "overlay", "0");
        w.WriteEndElement();
    }

    /// <summary>
    /// A fixed pie size (about 62 % of the chart's height, centred): left to itself Word shrinks the
    /// pie as soon as there is a title, and the labels of small neighbouring slices then collide.
    /// </summary>
    private static void PieLayout(XmlWriter w)
    {
        const double height = 0.62, top = 0.13;
        var width = height * DocxChartSize.PieHeightEmu / DocxChartSize.WidthEmu;
        w.WriteStartElement("layout", C);
        w.WriteStartElement("manualLayout", C);
        Val(w, "layoutTarget", "inner");
        Val(w, "xMode", "edge");
        Val(w, "yMode", "edge");
        Val(w, "x", Dec((1 - width) / 2));
        Val(w, "y", Dec(top));
        Val(w, "w", Dec(width));
        Val(w, "h", Dec(height));
        w.WriteEndElement();
        w.WriteEndElement();
    }

    private static string Dec(double value) => value.ToString("0.####", CultureInfo.InvariantCulture);

    private static void Scaling(XmlWriter w)
    {
        w.WriteStartElement("scaling", C);
        Val(w, "orientation", "minMax");
        w.WriteEndElement();
    }

    private static void AxisLine(XmlWriter w, string? color)
    {
        w.WriteStartElement("spPr", C);
        Line(w, color);
        w.WriteEndElement();
    }

    private static void TextProperties(XmlWriter w, int size)
    {
        w.WriteStartElement("txPr", C);
        w.WriteElementString("bodyPr", A, "");
        w.WriteElementString("lstStyle", A, "");
        w.WriteStartElement("p", A);
        w.WriteStartElement("pPr", A);
        DefaultRunProperties(w, size);
        w.WriteEndElement();
        w.WriteStartElement("endParaRPr", A);
        w.WriteAttributeString("lang", "zh-CN");
        w.WriteEndElement();
        w.WriteEndElement();
        w.WriteEndElement();
    }

    private static void DefaultRunProperties(XmlWriter w, int size) => RunProperties(w, "defRPr", size);

    /// <summary>The body face for Latin and East Asian text alike, as in the document's own runs.</summary>
    private static void RunProperties(XmlWriter w, string name, int size)
    {
        w.WriteStartElement(name, A);
        if (name == "rPr") w.WriteAttributeString("lang", "zh-CN");
        w.WriteAttributeString("sz", Int(size));
        w.WriteAttributeString("b", "0");
        Solid(w, ChartPalette.Text);
        Typeface(w, "latin");
        Typeface(w, "ea");
        Typeface(w, "cs");
        w.WriteEndElement();
    }

    private static void Typeface(XmlWriter w, string slot)
    {
        w.WriteStartElement(slot, A);
        w.WriteAttributeString("typeface", DocxFonts.FangSong);
        w.WriteEndElement();
    }

    private static void Solid(XmlWriter w, string rgb)
    {
        w.WriteStartElement("solidFill", A);
        w.WriteStartElement("srgbClr", A);
        w.WriteAttributeString("val", rgb);
        w.WriteEndElement();
        w.WriteEndElement();
    }

    /// <summary>An outline in <paramref name="rgb"/>, or none when null.</summary>
    private static void Line(XmlWriter w, string? rgb, int widthEmu = 9525)
    {
        w.WriteStartElement("ln", A);
        if (rgb is null)
        {
            w.WriteElementString("noFill", A, "");
        }
        else
        {
            w.WriteAttributeString("w", Int(widthEmu));
            Solid(w, rgb);
        }
        w.WriteEndElement();
    }

    private static void Val(XmlWriter w, string name, string value)
    {
        w.WriteStartElement(name, C);
        w.WriteAttributeString("val", value);
        w.WriteEndElement();
    }

    private static string Int(int value) => value.ToString(CultureInfo.InvariantCulture);
}
