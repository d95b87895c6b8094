using System.Text.Json.Nodes;
using ReportGen.Formats;
using ReportGen.Loading;
using ReportGen.Templating;

namespace ReportGen.Editor;

/// <summary>
/// The form the browser draws for a report of one format: the basic fields from the field catalog
/// (<see cref="DataFields"/>, the JSON Schema's source), the sections from the format definition, and each
/// statistics table as its printed grid (<see cref="TableGridView.Layout"/>) whose value cells name the data path
/// they edit and the diagnostic fields that concern them. Labels come from the format, never from the page.
/// </summary>
public static class FormDescription
{
    /// <summary>Basic data, in the order of the paper form's first page.</summary>
    private static readonly (string Path, IReadOnlyList<DataField> Fields, string Key)[] Basic =
    [
        ("agency.name", DataFields.Agency, "name"),
        ("agency.id", DataFields.Agency, "id"),
        ("agency.kind", DataFields.Agency, "kind"),
        ("agency.level", DataFields.Agency, "level"),
        ("year", DataFields.Top, "year"),
        ("title", DataFields.Top, "title"),
        ("date", DataFields.Top, "date"),
        ("date_placement", DataFields.Top, "date_placement"),
        ("signature", DataFields.Top, "signature"),
        ("contact.office", DataFields.Contact, "office"),
        ("contact.address", DataFields.Contact, "address"),
        ("contact.postcode", DataFields.Contact, "postcode"),
        ("contact.phone", DataFields.Contact, "phone"),
        ("contact.fax", DataFields.Contact, "fax"),
        ("contact.email", DataFields.Contact, "email"),
        ("contact.website", DataFields.Contact, "website"),
    ];

    /// <summary>Fields the editor shows but does not let staff change: they name the file itself.</summary>
    private static readonly string[] Fixed = ["agency.id", "year"];

    public static JsonObject Of(FormatDefinition format) => new()
    {
        ["format"] = new JsonObject { ["id"] = format.Id, ["name"] = format.Name, ["fixedOutline"] = format.IsFixedOutline },
        ["basic"] = new JsonArray(Basic.Select(b => (JsonNode)Field(b.Path, DataFields.Find(b.Fields, b.Key)!)).ToArray()),
        ["preamble"] = Field("preamble", DataFields.Find(DataFields.Top, "preamble")!),
        ["sections"] = new JsonArray(format.IsFixedOutline ? format.Sections.Select(Section).ToArray() : []),
        ["freeSections"] = Field("sections", DataFields.Find(DataFields.Top, "sections")!),
        ["tables"] = new JsonArray(format.Tables.Select(t => (JsonNode)Table(format, t)).ToArray()),
        ["chartKinds"] = new JsonObject(DataFields.ChartKinds.Zip(DataFields.Find(DataFields.Chart, "kind")!.ChoiceTitles!)
            .Select(k => KeyValuePair.Create(k.First, (JsonNode?)k.Second))),
    };

    private static JsonObject Field(string path, DataField field)
    {
        var result = new JsonObject
        {
            ["path"] = path,
            ["title"] = field.Title,
            ["description"] = field.Description,
            ["kind"] = field.Kind.ToString().ToLowerInvariant(),
            ["required"] = field.Required,
            ["readOnly"] = Fixed.Contains(path),
        };
        if (field.Choices is { } choices)
            result["choices"] = new JsonArray(choices.Select((c, i) => (JsonNode)new JsonObject
            {
                ["value"] = c,
                ["title"] = field.ChoiceTitles is { } t && i < t.Count ? t[i] : c,
            }).ToArray());
        return result;
    }

    private static JsonNode Section(SectionDefinition section) => new JsonObject
    {
        ["key"] = section.Key,
        ["heading"] = section.Heading,
        ["kind"] = section.Kind == SectionKind.Table ? "table" : "narrative",
        ["table"] = section.Table,
        ["path"] = $"narrative.{section.Key}",
        ["subtopics"] = new JsonArray(section.Subtopics.Select(s => (JsonNode)new JsonObject
        {
            ["key"] = s.Key,
            ["heading"] = s.Heading,
            ["path"] = $"narrative.{section.Key}.{s.Key}",
        }).ToArray()),
    };

    private static JsonObject Table(FormatDefinition format, TableDefinition table)
    {
        var prefix = format.Tables.Count == 1 ? "statistics" : $"statistics.{table.Id}";
        var rows = table.HeaderCells.Count == 0 && table.Blocks.Count == 0 ? ListRows(table, prefix) : GridRows(table, prefix);
        return new JsonObject
        {
            ["id"] = table.Id,
            ["name"] = table.Name,
            ["displayName"] = table.DisplayName,
            ["columns"] = rows.Columns,
            ["head"] = rows.Head,
            ["body"] = rows.Body,
        };
    }

    /// <summary>The official grid (表二, 三, 四): merged headers and labels as printed, a value cell per data cell.</summary>
    private static (int Columns, JsonArray Head, JsonArray Body) GridRows(TableDefinition table, string prefix)
    {
        var grid = TableGridView.Layout(table, (_, _) => "");
        return (grid.Columns,
            new JsonArray(grid.Head.Select(r => (JsonNode)new JsonArray(r.Select(c => (JsonNode)Label(c.Text, c.Rowspan, c.Colspan)).ToArray())).ToArray()),
            new JsonArray(grid.Body.Select(r => (JsonNode)new JsonArray(r.Select(c => c.Header ? Label(c.Text, c.Rowspan, c.Colspan)
                : ValueCell(table, prefix, table.FindRow(c.Row!)!, c.Column!, c.Colspan)).ToArray())).ToArray()));
    }

    /// <summary>
    /// A statistics table without a drawn header (the pre-2019 统计表): its own header line (统计指标, 单位, 统计数) and
    /// every row in order, the heading rows (一、主动公开情况) across the grid.
    /// </summary>
    private static (int Columns, JsonArray Head, JsonArray Body) ListRows(TableDefinition table, string prefix)
    {
        var columns = table.PrintedColumns.ToList();
        var width = 2 + columns.Count;
        var head = new JsonArray();
        var header = table.Header.Count == width ? table.Header : ["", "单位", .. columns.Select(c => c.Label)];
        head.Add(new JsonArray(header.Select(h => (JsonNode)Label(h, 1, 1)).ToArray()));
        var body = new JsonArray();
        foreach (var row in table.Rows.Where(r => r.Printed))
        {
            var cells = new JsonArray();
            if (!row.Data)
            {
                cells.Add(Label(row.Label, 1, width, row.Level));
                body.Add(cells);
                continue;
            }
            cells.Add(Label(row.Label, 1, 1, row.Level));
            cells.Add(Label(row.Unit ?? "", 1, 1));
            foreach (var col in columns)
                cells.Add(table.HasCell(row, col.Key) ? ValueCell(table, prefix, row, col.Key, 1) : Label("", 1, 1));
            body.Add(cells);
        }
        return (width, head, body);
    }

    private static JsonNode Label(string text, int rowspan, int colspan, int level = 0) => new JsonObject
    {
        ["text"] = text,
        ["header"] = true,
        ["rowspan"] = rowspan,
        ["colspan"] = colspan,
        ["level"] = level,
    };

    private static JsonNode ValueCell(TableDefinition table, string prefix, RowDefinition row, string columnKey, int colspan)
    {
        var column = table.FindColumn(columnKey)!;
        var rowPath = $"{prefix}.{row.Key}";
        var single = table.ColumnsOf(row).Count == 1;
        var derived = (row.Derived is not null || column.Derived is not null) && table.DerivedInput != DerivedInput.Allowed;
        var label = table.IsSingleColumn ? $"{table.DisplayName}“{row.Label}”" : $"{table.DisplayName}“{row.Label}”／“{column.Label}”";
        return new JsonObject
        {
            ["header"] = false,
            ["rowspan"] = 1,
            ["colspan"] = colspan,
            ["table"] = table.Id,
            ["cell"] = $"{row.Key}.{column.Key}",
            ["rowPath"] = rowPath,
            ["column"] = table.IsSingleColumn ? null : column.Key,
            // A row with one cell may be written as a bare number (administrative_licensing: 52318).
            ["scalar"] = single,
            ["derived"] = derived,
            ["decimal"] = table.CellType(row, column) == CellType.Decimal,
            ["signed"] = table.CellType(row, column) == CellType.SignedInteger,
            ["label"] = label,
            ["citation"] = $"{table.Id}.{row.Key}.{column.Key}",
            ["fields"] = new JsonArray(table.IsSingleColumn || single
                ? [(JsonNode)rowPath, $"{rowPath}.{column.Key}"]
                : [(JsonNode)$"{rowPath}.{column.Key}"]),
        };
    }
}
