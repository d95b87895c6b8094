using System.Collections.Immutable;
using ReportGen.Documents.Document;
using ReportGen.Documents.Writers.Docx;
using static ReportGen.Tooling.Documents.SampleDocuments;

namespace ReportGen.Documents.Tests.Docx;

public class TableGridResolverTests
{
    private static string[] Resolve(int columns, params TableCell[][] rows) =>
        TableGridResolver.Resolve(rows.Select(r => new TableRow(ImmutableArray.Create(r))).ToImmutableArray(), columns)
            .Select(row => string.Join(" ", row.Select(s =>
                $"{s.Column}+{s.ColSpan}{(s.Merge == MergeRole.Restart ? "^" : s.Merge == MergeRole.Continue ? "|" : "")}{(s.Cell is null ? "_" : s.Cell.PlainText)}")))
            .ToArray();

    [Fact]
    public void Cells_skip_positions_taken_by_rowspans_from_above()
    {
        Assert.Equal(new[] { "0+1^a 1+1b 2+1^c", "0+1|a 1+1d 2+1|c" },
            Resolve(3, [C("a", rs: 2), C("b"), C("c", rs: 2)], [C("d")]));
    }

    [Fact]
    public void Short_rows_are_padded_with_empty_cells()
    {
        Assert.Equal(new[] { "0+2a 2+1_ 3+1_" }, Resolve(4, [C("a", cs: 2)]));
    }

    [Fact]
    public void Spans_past_the_grid_or_the_section_are_clipped()
    {
        Assert.Equal(new[] { "0+1^a 1+2b", "0+1|a 1+1c 2+1_" },
            Resolve(3, [C("a", rs: 5), C("b", cs: 4)], [C("c")]));
    }

    [Fact]
    public void Surplus_cells_are_dropped()
    {
        Assert.Equal(new[] { "0+1a 1+1b" }, Resolve(2, [C("a"), C("b"), C("c")]));
    }

    [Fact]
    public void A_colspan_stops_at_a_rowspan_it_would_overlap()
    {
        Assert.Equal(new[] { "0+1a 1+1^b 2+1c", "0+1d 1+1|b 2+1e" },
            Resolve(3, [C("a"), C("b", rs: 2), C("c")], [C("d", cs: 3), C("e")]));
    }
}
