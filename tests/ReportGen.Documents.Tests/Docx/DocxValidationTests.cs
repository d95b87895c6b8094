using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Validation;
using ReportGen.Documents.Document;
using static ReportGen.Documents.Tests.Docx.DocxTestHelpers;

namespace ReportGen.Documents.Tests.Docx;

public class DocxValidationTests
{
    public static TheoryData<string> Documents => new() { "small", "full" };

    private static ReportDocument Get(string name) => name == "small" ? SampleDocuments.Small() : DocxTestDocuments.Full();

    [Theory]
    [MemberData(nameof(Documents))]
    public void Validator_reports_no_errors(string name)
    {
        using var doc = Open(Get(name));
        var errors = new OpenXmlValidator(FileFormatVersions.Office2019).Validate(doc)
            .Select(e => $"{e.Part?.Uri} {e.Path?.XPath}: {e.Description}")
            .ToList();
        Assert.True(errors.Count == 0, string.Join("\n", errors));
    }
}
