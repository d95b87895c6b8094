using ReportGen.Formats;
using ReportGen.Templating;
using Scriban;
using Scriban.Runtime;
using Scriban.Syntax;

namespace ReportGen.Tests.Templating;

/// <summary>The printed grid of a statistics table: a shape worked out once per definition, values filled per report.</summary>
public class TableGridViewTests
{
    private static readonly FormatDefinition Format2021 = new FormatCatalog(TestRepo.Templates).Find("2021")!;

    [Fact]
    public void Each_layout_shows_its_own_values_on_the_same_shape()
    {
        foreach (var def in Format2021.Tables)
        {
            var first = TableGridView.Layout(def, (row, column) => $"A:{row.Key}.{column}");
            var second = TableGridView.Layout(def, (row, column) => $"B:{row.Key}.{column}");
            Assert.Equal(first.Columns, second.Columns);
            Assert.Equal(first.Head.SelectMany(r => r), second.Head.SelectMany(r => r));
            Assert.Equal(first.Body.Count, second.Body.Count);
            for (var r = 0; r < first.Body.Count; r++)
            {
                Assert.Equal(first.Body[r].Count, second.Body[r].Count);
                for (var c = 0; c < first.Body[r].Count; c++)
                {
                    var (a, b) = (first.Body[r][c], second.Body[r][c]);
                    if (a.Header) Assert.Equal(a, b);
                    else
                    {
                        Assert.Equal($"A:{a.Row}.{a.Column}", a.Text);
                        Assert.Equal($"B:{b.Row}.{b.Column}", b.Text);
                        Assert.Equal(a with { Text = b.Text }, b);
                    }
                }
            }
            Assert.Contains(first.Body.SelectMany(r => r), c => !c.Header);
        }
    }

    [Fact]
    public void A_template_reads_every_member_of_a_cell()
    {
        var cell = new GridCellScript(new GridCell("1,234", Header: false, 2, 3, "r1", "c1"));
        Assert.Equal("1,234|false|2|3|center", Render("{{ c.text }}|{{ c.header }}|{{ c.rowspan }}|{{ c.colspan }}|{{ c.align }}", cell));
        Assert.Equal("true", Render("{{ c.header }}", new GridCellScript(new GridCell("（一）", Header: true, 1, 1))));
        Assert.Equal(["text", "header", "rowspan", "colspan", "align"], cell.GetMembers());
    }

    [Fact]
    public void A_cell_is_read_only_and_an_unknown_member_is_an_error()
    {
        var cell = new GridCellScript(new GridCell("5", Header: false, 1, 1, "r1", "c1"));
        Assert.ThrowsAny<ScriptRuntimeException>(() => Render("{{ c.text = 'x' }}", cell));
        Assert.ThrowsAny<ScriptRuntimeException>(() => Render("{{ c.value }}", cell));
        Assert.Equal("5", Render("{{ c.text }}", cell));
    }

    private static string Render(string text, IScriptObject cell)
    {
        var globals = new ScriptObject { ["c"] = cell };
        var context = new TemplateContext { StrictVariables = true, EnableRelaxedMemberAccess = false };
        context.PushGlobal(globals);
        return Template.Parse(text).Render(context);
    }
}
