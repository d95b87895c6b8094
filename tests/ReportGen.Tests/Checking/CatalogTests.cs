using ReportGen.Checking;
using ReportGen.Documents.Diagnostics;

namespace ReportGen.Tests.Checking;

/// <summary>The diagnostics catalogue is closed and well-formed: codes unique, texts valid formats, rules and their classes one to one.</summary>
public sealed class CatalogTests
{
    [Fact]
    public void Every_message_and_hint_is_a_valid_format_in_chinese()
    {
        var args = Enumerable.Range(0, 12).Select(i => (object)$"«{i}»").ToArray();
        Assert.NotEmpty(Catalog.AllMessages);
        foreach (var kind in Catalog.AllMessages)
        {
            var text = kind.Text(args);
            Assert.Contains(text, c => c is >= '\u4E00' and <= '\u9FFF');
            _ = kind.HintText(args);
        }
    }

    [Fact]
    public void Codes_are_unique_and_every_message_uses_one_of_them()
    {
        var codes = Catalog.AllCodesInOrder;
        Assert.Equal(codes.Count, codes.Select(c => c.Id).Distinct().Count());
        Assert.All(Catalog.AllMessages, k => Assert.Same(Catalog.Find(k.Code.Id), k.Code));
    }

    [Fact]
    public void Each_rule_has_one_implementation_and_one_entry()
    {
        var implemented = RuleSet.All.Select(r => r.Id).Order().ToList();
        var catalogued = Catalog.RuleCodes.Select(c => c.Id).Order().ToList();
        Assert.Equal(catalogued, implemented);
        Assert.All(Catalog.RuleCodes, c => Assert.False(string.IsNullOrWhiteSpace(c.Checks) || string.IsNullOrWhiteSpace(c.Why), c.Id));
    }

    [Fact]
    public void Codes_are_listed_e_codes_first_in_numeric_order()
    {
        var ids = Catalog.AllCodesInOrder.Select(c => c.Id).ToList();
        Assert.Equal("E0001", ids[0]);
        Assert.Equal(Enumerable.Range(1, 29).Select(i => $"R{i}"), Catalog.RuleCodes.Select(c => c.Id));
    }
}
