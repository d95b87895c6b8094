using System.Globalization;
using ReportGen.Documents.Diagnostics;
using ReportGen.Formats;
using ReportGen.Parsing;

namespace ReportGen.Loading;

/// <summary>
/// <c>statistics:</c> (and each year of <c>history:</c>) read against the format's tables: with one
/// table in the format, keys are its rows; otherwise keys are table ids. A row is a number
/// (single-column table) or a mapping of columns. Only entered cells are kept; totals are the model's.
/// </summary>
internal sealed class StatisticsReader(NodeReader r)
{
    public EnteredStatistics Read(YamlNode? node, FormatDefinition format, string root = "statistics", bool isRollup = false)
    {
        var result = format.Tables.ToDictionary(t => t.Id, _ => new Dictionary<(string, string), decimal>(Model.CellKeyComparer.Instance));
        var m = r.Mapping(node, root);
        if (m is not null)
        {
            if (format.Tables.Count == 1)
                ReadTable(m, root, format.Tables[0], result[format.Tables[0].Id], format);
            else
            {
                r.CheckKeys(m, root, format.Tables.Select(t => t.Id).ToList());
                foreach (var table in format.Tables)
                    if (r.Mapping(m.Get(table.Id), $"{root}.{table.Id}") is { } tm)
                        ReadTable(tm, $"{root}.{table.Id}", table, result[table.Id], format);
            }
        }
        foreach (var table in format.Tables)
        {
            var path = format.Tables.Count == 1 ? root : $"{root}.{table.Id}";
            // A roll-up's cells come from its members; history states only what the report mentions.
            if (table.SkippedCell == SkippedCell.Required && root == "statistics" && !isRollup)
                RequireCells(m, table, result[table.Id], path, format.Applies("R6") ? Catalog.Rules.R6 : Catalog.Codes.RequiredCell);
            else if (table.SkippedCell == SkippedCell.Zero)
                FillZeros(table, result[table.Id]);
        }
        return new EnteredStatistics(result.ToDictionary(t => t.Key, t => (IReadOnlyDictionary<(string, string), decimal>)t.Value));
    }

    private void ReadTable(YamlMapping m, string path, TableDefinition table, Dictionary<(string, string), decimal> values, FormatDefinition format)
    {
        // Formats that list R5 report bad numbers under that rule id, so users can look it up (reportgen explain R5).
        var valueCode = format.Applies("R5") ? Catalog.Rules.R5 : null;
        foreach (var (keyNode, valueNode) in m.Entries)
        {
            var rowPath = $"{path}.{keyNode.Value}";
            var row = table.FindRow(keyNode.Value);
            if (row is null)
            {
                var suggestion = Suggest.Closest(keyNode.Value, table.Rows.Where(x => x.Data).Select(x => x.Key));
                r.ReportWithHint(Catalog.Data.UnknownRow, keyNode, rowPath,
                    suggestion is null ? "" : Catalog.Phrases.DidYouMeanRow.Text(suggestion, table.FindRow(suggestion)!.Label), keyNode.Value, table.Name);
                continue;
            }
            if (!row.Data)
            {
                r.Report(Catalog.Data.NotADataRow, keyNode, rowPath, row.Label);
                continue;
            }
            if (row.Derived is not null && table.DerivedInput != DerivedInput.Allowed)
            {
                r.Report(Catalog.Data.DerivedIsComputed.Under(RuleOr(row.Rule, Catalog.Codes.DerivedTyped)), keyNode, rowPath,
                    table.Columns.Count > 1 ? $"{table.DisplayName}／{row.Label}" : row.Label);
                continue;
            }
            var rowColumns = table.ColumnsOf(row);
            if (rowColumns.Count == 1 && valueNode is not YamlMapping)
            {
                var only = rowColumns[0];
                if (Count(valueNode, rowPath, table.CellType(row, only), valueCode) is { } v) values[(row.Key, only.Key)] = v;
                continue;
            }
            if (r.Mapping(valueNode, rowPath) is not { } cols) continue;
            foreach (var (colNode, cellNode) in cols.Entries)
            {
                var cellPath = $"{rowPath}.{colNode.Value}";
                var col = table.FindColumn(colNode.Value);
                if (col is null || !table.HasCell(row, col.Key))
                {
                    var suggestion = Suggest.Closest(colNode.Value, rowColumns.Select(c => c.Key));
                    r.ReportWithHint(Catalog.Data.UnknownColumn, colNode, cellPath, suggestion is null ? "" : Catalog.Phrases.DidYouMean.Text(suggestion),
                        colNode.Value, table.Name);
                    continue;
                }
                if (col.Derived is not null && table.DerivedInput != DerivedInput.Allowed)
                {
                    r.Report(Catalog.Data.DerivedIsComputed.Under(RuleOr(col.Rule, Catalog.Codes.DerivedTyped)), colNode, cellPath,
                        $"{table.DisplayName}／{row.Label}／{col.Label}");
                    continue;
                }
                if (Count(cellNode, cellPath, table.CellType(row, col), valueCode) is { } v) values[(row.Key, col.Key)] = v;
            }
        }
    }

    private static DiagnosticCode RuleOr(string? rule, DiagnosticCode fallback) => rule is not null && Catalog.Find(rule) is { } code ? code : fallback;

    /// <summary>
    /// A statistics value of <paramref name="type"/>. <paramref name="code"/> (R5, when the format lists it)
    /// replaces the load error codes for values of the wrong kind.
    /// </summary>
    private decimal? Count(YamlNode node, string path, CellType type, DiagnosticCode? code)
    {
        var isDecimal = type == CellType.Decimal;
        r.Remember(path, node);
        if (node is not YamlScalar s)
        {
            r.Report(Catalog.Data.ExpectedNumber, node, path, NodeReader.Describe(node));
            return null;
        }
        if (s.IsNull) return null;
        var raw = s.Value.Trim();
        if (!decimal.TryParse(raw, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint | NumberStyles.AllowExponent, CultureInfo.InvariantCulture, out var value))
        {
            var looksHuge = raw.Length > 0 && raw.TrimStart('-', '+').All(char.IsAsciiDigit);
            r.Report(looksHuge ? Catalog.Data.NumberTooLarge : Catalog.Data.ExpectedNumber, node, path, raw);
            return null;
        }
        if (!s.IsPlain)
        {
            r.Report(Catalog.Data.QuotedNumber, node, path, raw);
            return null;
        }
        if (value < 0 && type != CellType.SignedInteger)
        {
            r.Report(code is null ? Catalog.Data.Negative : Catalog.Data.Negative.Under(code), node, path, raw);
            return null;
        }
        if (value > 1_000_000_000_000m)
        {
            r.Report(Catalog.Data.NumberTooLarge, node, path, raw);
            return null;
        }
        if (!isDecimal && value != decimal.Truncate(value))
        {
            r.Report(code is null ? Catalog.Data.NotInteger : Catalog.Data.NotInteger.Under(code), node, path, raw);
            return null;
        }
        if (isDecimal && value.Scale > 4 && value != Math.Round(value, 4))
        {
            r.Report(code is null ? Catalog.Data.TooManyDecimals : Catalog.Data.TooManyDecimals.Under(code), node, path, raw);
            return null;
        }
        return value;
    }

    private void RequireCells(YamlMapping? m, TableDefinition table, Dictionary<(string, string), decimal> values, string path, DiagnosticCode code)
    {
        foreach (var row in table.Rows.Where(x => x.Data && x.Derived is null))
            foreach (var col in table.ColumnsOf(row).Where(c => c.Derived is null))
                if (!values.ContainsKey((row.Key, col.Key)))
                {
                    // Point at the row when it was written, else at the table, else at the file.
                    var at = m?.Get(row.Key) ?? (YamlNode?)m ?? new YamlScalar("", YamlDotNet.Core.ScalarStyle.Plain, new SourceSpan(r.File, 1, 1));
                    r.Report(Catalog.Data.RequiredCell.Under(code), at, $"{path}.{row.Key}.{col.Key}", $"{table.Name}／{row.Label}／{col.Label}");
                }
    }

    /// <summary>Formats whose skipped cells mean 0 get explicit zeros, so every total is computed over all its parts.</summary>
    private static void FillZeros(TableDefinition table, Dictionary<(string, string), decimal> values)
    {
        foreach (var row in table.Rows.Where(x => x.Data && x.Derived is null))
            foreach (var col in table.ColumnsOf(row).Where(c => c.Derived is null))
                values.TryAdd((row.Key, col.Key), 0m);
    }
}
