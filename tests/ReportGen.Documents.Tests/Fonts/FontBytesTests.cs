using System.Buffers.Binary;
using ReportGen.Documents.Fonts;
using Xunit;

namespace ReportGen.Documents.Tests.Fonts;

public class FontBytesTests
{
    private static string Bundled(string file) => Path.Combine(AppContext.BaseDirectory, "Fonts", "Bundled", file);

    [Fact]
    public void A_mapped_font_reads_as_the_file_and_as_the_same_font_read_into_memory()
    {
        var path = Bundled("gbsn00lp.ttf");
        var mapped = OpenTypeFont.Load(path);
        var read = OpenTypeFont.FromBytes(path, 0, File.ReadAllBytes(path));

        Assert.True(mapped.Bytes.Span.SequenceEqual(File.ReadAllBytes(path)));
        Assert.Equal(read.ContentHash, mapped.ContentHash);
        Assert.Equal(read.GlyphId('政'), mapped.GlyphId('政'));
        Assert.Equal(read.AdvanceUnits(read.GlyphId('政')), mapped.AdvanceUnits(mapped.GlyphId('政')));
    }

    [Fact]
    public void The_content_identity_changes_with_any_table_and_tells_faces_apart()
    {
        var bytes = File.ReadAllBytes(Bundled("gbsn00lp.ttf"));
        var original = OpenTypeFont.FromBytes("a.ttf", 0, bytes).ContentHash;

        // A font tool that edits a table writes its new checksum into the table record (record 0, bytes 16–19).
        var edited = (byte[])bytes.Clone();
        BinaryPrimitives.WriteUInt32BigEndian(edited.AsSpan(12 + 4), BinaryPrimitives.ReadUInt32BigEndian(edited.AsSpan(12 + 4)) ^ 1);
        Assert.NotEqual(original, OpenTypeFont.FromBytes("a.ttf", 0, edited).ContentHash);

        // The name of the file is not part of it: the same bytes elsewhere are the same font.
        Assert.Equal(original, OpenTypeFont.FromBytes("elsewhere/b.ttf", 0, bytes).ContentHash);

        var collection = Bundled("wqy-zenhei.ttc");
        Assert.NotEqual(OpenTypeFont.Load(collection, 0).ContentHash, OpenTypeFont.Load(collection, 1).ContentHash);
    }
}
