using System.IO.Compression;
using ReportGen.Documents.Document;
using ReportGen.Documents.Writers.Docx;
using static ReportGen.Documents.Tests.Docx.DocxTestHelpers;

namespace ReportGen.Documents.Tests.Docx;

public class DocxPackageTests
{
    [Fact]
    public void Core_properties_come_from_the_metadata()
    {
        var document = SampleDocuments.Small();
        using var doc = Open(document);
        var p = doc.PackageProperties;
        Assert.Equal("示例区人民政府2023年政府信息公开工作年度报告", p.Title);
        Assert.Equal("示例区人民政府", p.Creator);
        Assert.Equal("政府信息公开工作年度报告", p.Subject);
        Assert.Equal("政府信息公开; 年度报告; 2023", p.Keywords);
        Assert.Equal("sample/2023", p.Identifier);
        Assert.Equal("zh-CN", p.Language);
        var date = new DateTime(2024, 1, 20, 0, 0, 0, DateTimeKind.Utc);
        Assert.Equal(date, p.Created!.Value.ToUniversalTime());
        Assert.Equal(date, p.Modified!.Value.ToUniversalTime());
    }

    [Fact]
    public void Identical_input_gives_identical_bytes_and_nothing_comes_from_the_clock()
    {
        var today = DateTime.Now.Date;
        var first = WriteBytes(DocxTestDocuments.Full());
        var second = WriteBytes(DocxTestDocuments.Full());
        var tomorrow = DateTime.Now.Date.AddDays(1); // a run across midnight checks both days
        Assert.Equal(first, second);
        // Instead of waiting for the clock to move: no entry (also inside embedded workbooks) is stamped with,
        // and no part mentions, today's date.
        AssertNothingFromToday(first, today, tomorrow);
    }

    private static void AssertNothingFromToday(byte[] package, DateTime today, DateTime tomorrow)
    {
        using var zip = new ZipArchive(new MemoryStream(package), ZipArchiveMode.Read);
        foreach (var entry in zip.Entries)
        {
            var stamped = entry.LastWriteTime.DateTime.Date;
            Assert.False(stamped >= today && stamped <= tomorrow, $"{entry.FullName} stamped {stamped:yyyy-MM-dd}");
            using var content = new MemoryStream();
            using (var stream = entry.Open()) stream.CopyTo(content);
            var bytes = content.ToArray();
            if (bytes.AsSpan().StartsWith("PK\u0003\u0004"u8)) { AssertNothingFromToday(bytes, today, tomorrow); continue; }
            var text = System.Text.Encoding.UTF8.GetString(bytes);
            for (var day = today; day <= tomorrow; day = day.AddDays(1))
                foreach (var form in new[] { "yyyy-MM-dd", "yyyyMMdd", "yyyy/M/d" })
                    Assert.DoesNotContain(day.ToString(form, System.Globalization.CultureInfo.InvariantCulture), text);
        }
    }

    [Fact]
    public void Bytes_do_not_depend_on_the_output_stream_or_on_parallel_use()
    {
        var writer = new DocxWriter();
        var expected = WriteBytes(DocxTestDocuments.Full());
        var results = new byte[8][];
        Parallel.For(0, results.Length, i =>
        {
            using var output = new NonSeekableStream();
            writer.Write(DocxTestDocuments.Full(), output);
            results[i] = output.Inner.ToArray();
        });
        Assert.All(results, r => Assert.Equal(expected, r));
    }

    [Fact]
    public void Different_metadata_changes_only_what_it_should()
    {
        var small = SampleDocuments.Small();
        var other = small with { Metadata = small.Metadata with { Date = new DateOnly(2025, 3, 1) } };
        Assert.NotEqual(WriteBytes(small), WriteBytes(other));
    }

    [Fact]
    public void Zip_entries_are_stamped_with_the_report_date_and_content_types_come_first()
    {
        using var zip = new ZipArchive(new MemoryStream(WriteBytes(SampleDocuments.Small())), ZipArchiveMode.Read);
        Assert.Equal("[Content_Types].xml", zip.Entries[0].FullName);
        Assert.All(zip.Entries, e => Assert.Equal(new DateTime(2024, 1, 20), e.LastWriteTime.DateTime));
        var names = zip.Entries.Skip(1).Select(e => e.FullName).ToArray();
        Assert.Equal(names.Order(StringComparer.Ordinal), names);
    }

    private sealed class NonSeekableStream : Stream
    {
        public MemoryStream Inner { get; } = new();
        public override bool CanRead => false;
        public override bool CanSeek => false;
        public override bool CanWrite => true;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }
        public override void Flush() { }
        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => Inner.Write(buffer, offset, count);
    }
}
