using System.Text;

namespace ReportGen.Documents.Writers.Docx;

/// <summary>The settings part; static like the styles part.</summary>
internal static class DocxSettings
{
    // evenAndOddHeaders: GB/T 9704 §7.5 puts odd page numbers right and even ones left.
    // compressPunctuation: adjacent full-width marks are compressed (标点挤压), as the PDF layout
    // and the HTML's text-spacing-trim do; single marks keep their full width on the grid.
    public static readonly byte[] Xml = Encoding.UTF8.GetBytes(
        """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>""" +
        """<w:settings xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">""" +
        """<w:defaultTabStop w:val="420"/>""" +
        """<w:evenAndOddHeaders/>""" +
        """<w:characterSpacingControl w:val="compressPunctuation"/>""" +
        """<w:compat><w:compatSetting w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word" w:val="15"/></w:compat>""" +
        """<w:themeFontLang w:val="en-US" w:eastAsia="zh-CN"/>""" +
        """</w:settings>""");
}
