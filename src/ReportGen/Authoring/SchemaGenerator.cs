using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using ReportGen.Formats;
using ReportGen.Loading;

namespace ReportGen.Authoring;

/// <summary>
/// The JSON Schema (draft-07, which editors' YAML extensions support best) of a data file,
/// generated from <see cref="DataFields"/> and the format definitions — never kept by hand.
/// </summary>
public static class SchemaGenerator
{
    public const string FileName = "reportgen.schema.json";
    public const string SchemaId = "https://reportgen.invalid/reportgen.schema.json";

    public static string Generate(FormatCatalog formats)
    {
        var formatIds = formats.FormatIds.ToList();
        var definitions = new JsonObject();
        foreach (var (name, fields) in DataFields.Mappings)
            definitions[name] = MappingSchema(fields, name);
        definitions["paragraph"] = new JsonObject
        {
            ["title"] = "段落",
            ["description"] = "一段文字；${a1} 引用统计数，${c1_3:pct} 引用百分比。",
            ["type"] = new JsonArray("string", "number"),
        };
        definitions["body_item"] = new JsonObject
        {
            ["title"] = "正文条目",
            ["description"] = "一段文字，或 figure:（图）、table:（表）、heading: + body:（下级标题）之一。",
            ["anyOf"] = new JsonArray(
                Ref("paragraph"),
                Ref("section"),
                Ref("figure"),
                new JsonObject
                {
                    ["type"] = "object",
                    ["properties"] = new JsonObject { ["table"] = With(Ref("table"), "表格", "文中的表格：header（表头）和 rows（各行）。") },
                    ["required"] = new JsonArray("table"),
                    ["additionalProperties"] = false,
                }),
        };

        var conditions = new JsonArray();
        foreach (var id in formatIds)
        {
            var format = formats.Find(id);
            if (format is null) continue;
            definitions["statistics_" + id] = StatisticsSchema(format);
            var branch = new JsonObject
            {
                ["format"] = new JsonObject { ["enum"] = FormatValues(id) },
                ["statistics"] = Ref("statistics_" + id),
            };
            // The loader reads narrative: only for a fixed outline and sections: only for a free one; the schema says the same.
            if (format.IsFixedOutline)
            {
                definitions["narrative_" + id] = NarrativeSchema(format);
                branch["narrative"] = Ref("narrative_" + id);
                branch["sections"] = NotInFormat(format, "sections", "narrative");
            }
            else branch["narrative"] = NotInFormat(format, "narrative", "sections");
            // One branch per format, told apart by the format value (oneOf rather than if/then: every validator supports it).
            conditions.Add(new JsonObject
            {
                ["title"] = format.Name,
                ["properties"] = branch,
                ["required"] = new JsonArray("format"),
            });
        }

        var root = MappingSchema(DataFields.Top, null);
        var properties = (JsonObject)root["properties"]!;
        var formatEnum = new JsonArray();
        foreach (var id in formatIds)
            foreach (var v in FormatValues(id)) formatEnum.Add(v?.DeepClone());
        properties["format"]!["enum"] = formatEnum;
        var schema = new JsonObject
        {
            ["$schema"] = "http://json-schema.org/draft-07/schema#",
            ["$id"] = SchemaId,
            ["title"] = "政府信息公开工作年度报告数据文件（ReportGen）",
            ["description"] = "data/<机关标识>/<年度>.yaml。由 reportgen schema 生成，请勿手工修改。",
        };
        foreach (var (key, value) in root) schema[key] = value?.DeepClone();
        schema["oneOf"] = conditions;
        schema["definitions"] = definitions;

        var options = new JsonSerializerOptions { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
        return schema.ToJsonString(options).ReplaceLineEndings("\n") + "\n";
    }

    /// <summary>A numeric format id ("2021") may be written unquoted in YAML, where it is a number.</summary>
    private static JsonArray FormatValues(string id)
        => int.TryParse(id, out var n) ? new JsonArray(id, n) : new JsonArray(id);

    private static JsonObject MappingSchema(IReadOnlyList<DataField> fields, string? name)
    {
        var properties = new JsonObject();
        foreach (var f in fields) properties[f.Key] = FieldSchema(f);
        var schema = new JsonObject
        {
            ["type"] = "object",
            ["properties"] = properties,
            ["additionalProperties"] = false,
        };
        var required = fields.Where(f => f.Required).Select(f => (JsonNode)f.Key).ToArray();
        if (required.Length > 0) schema["required"] = new JsonArray(required);
        return schema;
    }

    private static JsonObject FieldSchema(DataField f)
    {
        JsonObject schema = f.Kind switch
        {
            FieldKind.Text => new JsonObject { ["type"] = new JsonArray("string", "number"), ["minLength"] = 1 },
            FieldKind.Code => new JsonObject { ["type"] = "string", ["minLength"] = 1 },
            FieldKind.Lines => new JsonObject
            {
                ["anyOf"] = new JsonArray(
                    new JsonObject { ["type"] = new JsonArray("string", "number") },
                    new JsonObject { ["type"] = "array", ["items"] = new JsonObject { ["type"] = new JsonArray("string", "number") } }),
            },
            FieldKind.Integer => new JsonObject { ["type"] = "integer" },
            FieldKind.Date => new JsonObject { ["type"] = "string", ["pattern"] = @"^\d{4}-\d{2}-\d{2}$" },
            FieldKind.Choice => ChoiceSchema(f),
            FieldKind.Mapping => Ref(f.Of!),
            FieldKind.MappingList => new JsonObject { ["type"] = "array", ["items"] = Ref(f.Of!) },
            FieldKind.Paragraphs => new JsonObject
            {
                ["anyOf"] = new JsonArray(Ref("paragraph"), new JsonObject { ["type"] = "array", ["items"] = Ref("paragraph") }),
            },
            FieldKind.Sections => new JsonObject { ["type"] = "array", ["items"] = Ref("section") },
            FieldKind.Body => new JsonObject { ["type"] = "array", ["items"] = Ref("body_item") },
            FieldKind.Rows => new JsonObject
            {
                ["type"] = "array",
                ["items"] = new JsonObject { ["type"] = "array", ["items"] = new JsonObject { ["type"] = new JsonArray("string", "number") } },
            },
            FieldKind.Statistics => new JsonObject { ["type"] = new JsonArray("object", "null") },
            FieldKind.Flag => new JsonObject { ["type"] = "boolean" },
            FieldKind.Free => new JsonObject { ["type"] = new JsonArray("object", "null") },
            _ => throw new ArgumentOutOfRangeException(nameof(f)),
        };
        return With(schema, f.Title, f.Description);
    }

    private static JsonObject ChoiceSchema(DataField f)
    {
        var schema = new JsonObject { ["type"] = "string", ["enum"] = new JsonArray(f.Choices!.Select(c => (JsonNode)c).ToArray()) };
        if (f.ChoiceTitles is { } titles)
            schema["markdownEnumDescriptions"] = new JsonArray(titles.Select(t => (JsonNode)t).ToArray());
        return schema;
    }

    private static JsonObject StatisticsSchema(FormatDefinition format)
    {
        if (format.Tables.Count == 1)
            return With(TableSchema(format.Tables[0]), "统计数据", $"{format.Tables[0].Name}：按行标识填写数值，合计由工具计算。");
        var properties = new JsonObject();
        foreach (var table in format.Tables) properties[table.Id] = With(TableSchema(table), table.Name, $"{table.Name}：按行、列标识填写数值。");
        return new JsonObject
        {
            ["title"] = "统计数据",
            ["type"] = new JsonArray("object", "null"),
            ["properties"] = properties,
            ["additionalProperties"] = false,
        };
    }

    /// <summary>
    /// <c>narrative:</c> of a fixed-outline format: one key per section of the format (its heading as title), a
    /// section with aspects (总体情况) a mapping of <c>intro</c> and the aspects, each aspect a paragraph list or its own
    /// heading and body — the keys <see cref="FixedOutline"/> accepts, so completion and hover reach the last key.
    /// </summary>
    private static JsonObject NarrativeSchema(FormatDefinition format)
    {
        var sections = new JsonObject();
        foreach (var section in format.Sections)
        {
            var government = section.GovernmentContent is { } g ? $"人民政府须写明{g.Description}。" : "";
            if (section.Kind == SectionKind.Table)
            {
                var table = format.Tables.FirstOrDefault(t => t.Id == section.Table)?.ShortName ?? section.Table;
                sections[section.Key] = With(BodySchema(), section.Heading,
                    $"{section.Heading}：本部分的说明段落（可不写），与{table}一同印出；{table}的数值写在 statistics.{section.Table} 下。");
                continue;
            }
            if (section.Subtopics.Count == 0)
            {
                sections[section.Key] = With(BodySchema(), section.Heading, $"{section.Heading}：段落列表，每段一行，以“- ”开头。{government}");
                continue;
            }
            var aspects = new JsonObject
            {
                [DataFields.NarrativeIntro.Key] = With(BodySchema(), DataFields.NarrativeIntro.Title, DataFields.NarrativeIntro.Description),
            };
            foreach (var sub in section.Subtopics)
            {
                var note = section.GovernmentContent is { } gc && gc.Subtopic == sub.Key ? government : "";
                aspects[sub.Key] = With(new JsonObject { ["anyOf"] = new JsonArray(BodySchema(), Ref("subtopic")) }, sub.Heading,
                    $"{sub.Heading}：段落列表；或 heading（本单位自己的小标题，须体现“{sub.Topic}”）和 body（段落）。{note}");
            }
            var headings = string.Join("、", section.Subtopics.Select(t => t.Heading));
            sections[section.Key] = With(
                new JsonObject { ["type"] = new JsonArray("object", "null"), ["properties"] = aspects, ["additionalProperties"] = false },
                section.Heading,
                $"{section.Heading}：{DataFields.NarrativeIntro.Key}（{DataFields.NarrativeIntro.Title}）和{headings}各方面的正文。{(section.GovernmentContent?.Subtopic is "" ? government : "")}");
        }
        var names = string.Join("、", format.Sections.Where(s => s.Kind != SectionKind.Table).Select(s => $"{s.Key}（{s.Heading}）"));
        return new JsonObject
        {
            ["title"] = "各部分正文",
            ["description"] = $"{format.Name}：按部分填写正文，标题由格式给出。{names}；表格部分的键可写表格前的说明。",
            ["type"] = new JsonArray("object", "null"),
            ["properties"] = sections,
            ["additionalProperties"] = false,
        };
    }

    private static JsonObject BodySchema() => new() { ["type"] = new JsonArray("array", "null"), ["items"] = Ref("body_item") };

    /// <summary>A key the format's outline does not read: the schema flags it, as the loader does.</summary>
    private static JsonObject NotInFormat(FormatDefinition format, string key, string instead) => new()
    {
        ["title"] = $"{format.Name}不用 {key}",
        ["description"] = $"{format.Name}的正文写在 {instead}: 下。",
        ["not"] = new JsonObject(),
    };

    /// <summary>Typed rows only: group headings never hold values, and computed totals only where the format lets published totals be typed.</summary>
    private static JsonObject CellSchema(CellType valueType) => valueType switch
    {
        CellType.Decimal => CountSchema(true),
        CellType.SignedInteger => new JsonObject { ["type"] = new JsonArray("integer", "null") },
        _ => CountSchema(false),
    };

    private static JsonObject TableSchema(TableDefinition table)
    {
        var properties = new JsonObject();
        foreach (var row in table.Rows.Where(r => r.Data && (r.Derived is null || table.DerivedInput == DerivedInput.Allowed)))
        {
            var unit = row.Unit is null ? "" : $"（单位：{row.Unit}）";
            // A row with one cell (a single-column table, or a row of table 二 with one column) may be written as a bare number.
            var rowColumns = table.ColumnsOf(row).Where(c => c.Derived is null || table.DerivedInput == DerivedInput.Allowed).ToList();
            var columns = new JsonObject();
            foreach (var col in rowColumns)
                columns[col.Key] = With(CellSchema(table.CellType(row, col)), col.Label, $"{row.Label}／{col.Label}{unit}");
            var mapping = new JsonObject { ["type"] = new JsonArray("object", "null"), ["properties"] = columns, ["additionalProperties"] = false };
            var rowSchema = rowColumns.Count == 1
                ? new JsonObject { ["anyOf"] = new JsonArray(CellSchema(table.CellType(row, rowColumns[0])), mapping) }
                : mapping;
            var note = row.Derived is null ? "" : "合计项：可不填，由工具计算；填写则与计算结果核对。";
            properties[row.Key] = With(rowSchema, row.Label, $"{row.Label}{unit}{note}{row.Note}");
        }
        return new JsonObject { ["type"] = new JsonArray("object", "null"), ["properties"] = properties, ["additionalProperties"] = false };
    }

    /// <summary>Empty (null) is allowed: a count not yet filled in; the checker decides whether that is acceptable.</summary>
    private static JsonObject CountSchema(bool isDecimal)
        => new() { ["type"] = isDecimal ? new JsonArray("number", "null") : new JsonArray("integer", "null"), ["minimum"] = 0 };

    private static JsonObject Ref(string definition) => new() { ["$ref"] = "#/definitions/" + definition };

    /// <summary>Title and description first, so the file reads well; a $ref is wrapped because draft-07 ignores siblings of $ref.</summary>
    private static JsonObject With(JsonObject schema, string title, string description)
    {
        if (schema.ContainsKey("$ref"))
            return new JsonObject { ["title"] = title, ["description"] = description, ["allOf"] = new JsonArray(schema) };
        var result = new JsonObject { ["title"] = title, ["description"] = description };
        foreach (var (key, value) in schema.ToList())
        {
            schema.Remove(key);
            result[key] = value;
        }
        return result;
    }
}
