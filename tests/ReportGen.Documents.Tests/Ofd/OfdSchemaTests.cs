using System.Xml;
using System.Xml.Schema;

namespace ReportGen.Documents.Tests.Ofd;

/// <summary>
/// Validation against the standard's XML schemas (GB/T 33190-2016 annex A). They are reproduced in
/// public repositories (e.g. GreenYun/OFD-Schema: OFD.xsd, Document.xsd, Page.xsd, Res.xsd,
/// CustomTags.xsd, Definitions.xsd) but under no licence we could find, so they are not copied here:
/// point REPORTGEN_OFD_XSD at a folder holding them to run this test. Every other test of the package
/// checks what the schemas say about the parts we write (element order, required attributes, IDs).
/// </summary>
public class OfdSchemaTests
{
    public const string Variable = "REPORTGEN_OFD_XSD";

    [SchemaFact]
    public void Every_part_validates_against_the_standard_schemas()
    {
        var folder = Environment.GetEnvironmentVariable(Variable)!;
        var set = new XmlSchemaSet { XmlResolver = new XmlUrlResolver() };
        foreach (var name in new[] { "OFD.xsd", "Document.xsd", "Res.xsd", "CustomTags.xsd" })
            set.Add("http://www.ofdspec.org/2016", Path.Combine(folder, name));
        set.Compile();
        var errors = new List<string>();
        var parts = 0;
        foreach (var which in OfdPackageTests.Documents().Select(d => (string)d[0]))
        {
            var ofd = OfdPackage.Write(OfdPackageTests.Load(which));
            // The tag file is our own vocabulary (GB/T 33190 §16 leaves custom tags to the producer).
            foreach (var (path, bytes) in ofd.Entries.Where(e => e.Key.EndsWith(".xml") && !e.Key.EndsWith("/CustomTag.xml")))
            {
                parts++;
                var settings = new XmlReaderSettings { ValidationType = ValidationType.Schema, Schemas = set };
                settings.ValidationFlags |= XmlSchemaValidationFlags.ReportValidationWarnings;
                settings.ValidationEventHandler += (_, e) => errors.Add($"{which}!{path}:{e.Exception?.LineNumber}:{e.Exception?.LinePosition}: {e.Message}");
                using var reader = XmlReader.Create(new MemoryStream(bytes), settings);
                while (reader.Read()) { }
            }
        }
        Assert.True(parts > 20, $"only {parts} parts validated");
        Assert.True(errors.Count == 0, string.Join("\n", errors));
    }
}

/// <summary>Runs only where <see cref="OfdSchemaTests.Variable"/> names a folder with the standard's XSDs.</summary>
public sealed class SchemaFactAttribute : FactAttribute
{
    public SchemaFactAttribute()
    {
        var folder = Environment.GetEnvironmentVariable(OfdSchemaTests.Variable);
        if (string.IsNullOrEmpty(folder) || !File.Exists(Path.Combine(folder, "OFD.xsd")))
            Skip = $"{OfdSchemaTests.Variable} does not name a folder with the GB/T 33190 XSDs (not redistributable here; see the class comment)";
    }
}
