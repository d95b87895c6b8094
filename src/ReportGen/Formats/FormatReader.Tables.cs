using ReportGen.Documents.Diagnostics;
using ReportGen.Parsing;

namespace ReportGen.Formats;

/// <summary>The tables of a format: columns, rows, header grids, blocks, checks, and every reference among them.</summary>
public sealed partial class FormatReader
{
    private TableDefinition? ReadTable(YamlMapping m, string path)
    {
        _r.CheckKeys(m, path, TableKeys);
        var id = Text(m, "id", path, required: true);
        var name = Text(m, "name", path, required: true);
        var columns = List(m, "columns", path, ReadColumn);
        var rows = List(m, "rows", path, ReadRow);
        Unique(columns, c => c.Value.Key, NodeReader.Join(path, "columns"), "key");
        Unique(rows, r => r.Value.Key, NodeReader.Join(path, "rows"), "key");
        if (id is null || name is null) return null;
        return new TableDefinition
        {
            Id = id,
            Name = name,
            ShortName = Text(m, "short_name", path),
            TitlePattern = Text(m, "title_pattern", path),
            CaptionBefore = Text(m, "caption_before", path),
            FillerLabel = Text(m, "filler_label", path),
            Header = Texts(m, "header", path),
            Columns = columns.Select(c => c.Value).ToList(),
            Rows = rows.Select(r => r.Value).ToList(),
            SkippedCell = _r.Choice(m, "skipped_cell", path, SkippedCells) ?? SkippedCell.Zero,
            Checks = List(m, "checks", path, ReadCheck).Select(c => c.Value).ToList(),
            DerivedInput = _r.Choice(m, "derived_input", path, DerivedInputs) ?? DerivedInput.Forbidden,
            GridColumns = _r.Integer(m, "grid_columns", path) ?? 0,
            LabelColumns = _r.Integer(m, "label_columns", path) ?? 1,
            HeaderCells = List(m, "header_cells", path, ReadHeaderCell).Select(h => h.Value).ToList(),
            Blocks = List(m, "blocks", path, ReadBlock).Select(b => b.Value).ToList(),
            CarryOver = _r.Mapping(m.Get("carry_over"), NodeReader.Join(path, "carry_over")) is { } co ? ReadCarryOver(co, NodeReader.Join(path, "carry_over")) : null,
        };
    }

    private ColumnDefinition? ReadColumn(YamlMapping m, string path)
    {
        _r.CheckKeys(m, path, ColumnKeys);
        var key = Text(m, "key", path, required: true);
        var label = Text(m, "label", path, required: true);
        if (key is null || label is null) return null;
        return new ColumnDefinition
        {
            Key = key,
            Label = label,
            Derived = Text(m, "derived", path),
            Rule = Rule(m, "rule", path),
            Printed = _r.Flag(m, "printed", path) ?? true,
            ValueType = _r.Choice(m, "value_type", path, CellTypes),
        };
    }

    private RowDefinition? ReadRow(YamlMapping m, string path)
    {
        _r.CheckKeys(m, path, RowKeys);
        var key = Text(m, "key", path, required: true);
        var label = Text(m, "label", path, required: true);
        if (key is null || label is null) return null;
        return new RowDefinition
        {
            Key = key,
            Label = label,
            Level = _r.Integer(m, "level", path) ?? 0,
            Unit = Text(m, "unit", path),
            Data = _r.Flag(m, "data", path) ?? true,
            Parent = Text(m, "parent", path),
            Relation = _r.Choice(m, "relation", path, Relations),
            Derived = Text(m, "derived", path),
            Rule = Rule(m, "rule", path),
            ValueType = _r.Choice(m, "value_type", path, CellTypes) ?? CellType.Integer,
            Note = Text(m, "note", path),
            Group = Text(m, "group", path),
            Cells = Texts(m, "cells", path),
            Printed = _r.Flag(m, "printed", path) ?? true,
        };
    }

    private HeaderCellDefinition? ReadHeaderCell(YamlMapping m, string path)
    {
        _r.CheckKeys(m, path, HeaderCellKeys);
        var row = _r.Integer(m, "row", path, required: true);
        var col = _r.Integer(m, "col", path, required: true);
        var text = Text(m, "text", path, required: true);
        if (row is null || col is null || text is null) return null;
        return new HeaderCellDefinition(row.Value, col.Value, _r.Integer(m, "rowspan", path) ?? 1, _r.Integer(m, "colspan", path) ?? 1, text);
    }

    private BlockDefinition? ReadBlock(YamlMapping m, string path)
    {
        _r.CheckKeys(m, path, BlockKeys);
        var key = Text(m, "key", path, required: true);
        var caption = Text(m, "caption", path, required: true);
        if (key is null || caption is null) return null;
        return new BlockDefinition(key, caption, Text(m, "label_header", path) ?? "信息内容", Texts(m, "columns", path), Texts(m, "rows", path));
    }

    private CheckDefinition? ReadCheck(YamlMapping m, string path)
    {
        _r.CheckKeys(m, path, CheckKeys);
        var rule = Rule(m, "rule", path, required: true);
        var kind = _r.Choice(m, "kind", path, CheckKinds, required: true);
        if (rule is null || kind is null) return null;
        return new CheckDefinition
        {
            Rule = rule,
            Kind = kind.Value,
            Left = Text(m, "left", path) ?? "",
            Right = TextOrTexts(m, "right", path),
            Severity = _r.Choice(m, "severity", path, Severities) ?? Severity.Error,
            WhenRightBlank = _r.Choice(m, "when_right_blank", path, Blanks) ?? BlankHandling.Skip,
            LeftRows = Texts(m, "left_rows", path),
        };
    }

    private CarryOverDefinition? ReadCarryOver(YamlMapping m, string path)
    {
        _r.CheckKeys(m, path, CarryOverKeys);
        var from = Text(m, "from_row", path, required: true);
        var to = Text(m, "to_row", path, required: true);
        return from is null || to is null ? null : new CarryOverDefinition(from, to);
    }

    /// <summary>Every reference inside one table resolves to a row or column of that table.</summary>
    private void ValidateTable(TableDefinition t, YamlMapping m, string path)
    {
        void Row(string? key, YamlNode? at, string where) { if (key is not null && t.FindRow(key) is null) _r.Report(Catalog.Formats.UnknownRow, at ?? m, where, t.Id, key); }
        void Column(string? key, YamlNode? at, string where) { if (key is not null && t.FindColumn(key) is null) _r.Report(Catalog.Formats.UnknownColumn, at ?? m, where, t.Id, key); }

        var rowNodes = Items(m, "rows");
        for (var i = 0; i < t.Rows.Count && i < rowNodes.Count; i++)
        {
            var (row, node) = (t.Rows[i], rowNodes[i]);
            var p = $"{path}.rows[{i}]";
            Row(row.Parent, node.Get("parent"), p + ".parent");
            Row(row.Group, node.Get("group"), p + ".group");
            foreach (var part in row.DerivedParts) Row(part, node.Get("derived"), p + ".derived");
            foreach (var cell in row.Cells) Column(cell, node.Get("cells"), p + ".cells");
        }
        var columnNodes = Items(m, "columns");
        for (var i = 0; i < t.Columns.Count && i < columnNodes.Count; i++)
            foreach (var part in t.Columns[i].DerivedParts) Column(part, columnNodes[i].Get("derived"), $"{path}.columns[{i}].derived");
        var blockNodes = Items(m, "blocks");
        for (var i = 0; i < t.Blocks.Count && i < blockNodes.Count; i++)
        {
            foreach (var c in t.Blocks[i].Columns) Column(c, blockNodes[i].Get("columns"), $"{path}.blocks[{i}].columns");
            foreach (var r in t.Blocks[i].Rows) Row(r, blockNodes[i].Get("rows"), $"{path}.blocks[{i}].rows");
        }
        var checkNodes = Items(m, "checks");
        for (var i = 0; i < t.Checks.Count && i < checkNodes.Count; i++)
        {
            var (check, node) = (t.Checks[i], checkNodes[i]);
            if (check.Left.Length > 0) Row(check.Left, node.Get("left"), $"{path}.checks[{i}].left");
            foreach (var r in check.Right) Row(r, node.Get("right"), $"{path}.checks[{i}].right");
            foreach (var r in check.LeftRows) Row(r, node.Get("left_rows"), $"{path}.checks[{i}].left_rows");
        }
        if (t.CarryOver is { } carry)
        {
            Row(carry.FromRow, m.Get("carry_over"), path + ".carry_over.from_row");
            Row(carry.ToRow, m.Get("carry_over"), path + ".carry_over.to_row");
        }
    }
}
