namespace ReportGen.Loading;

/// <summary>How a data field is written in YAML; the reader and the JSON Schema generator both follow it.</summary>
public enum FieldKind
{
    /// <summary>Text; a plain number is accepted as text too.</summary>
    Text,
    /// <summary>Text that looks like a number (postcode, phone, id) and therefore must be quoted.</summary>
    Code,
    /// <summary>One line of text or a list of lines.</summary>
    Lines,
    Integer,
    /// <summary>YYYY-MM-DD.</summary>
    Date,
    /// <summary>One of <see cref="DataField.Choices"/>.</summary>
    Choice,
    /// <summary>A mapping whose keys are described by <see cref="DataField.Of"/>.</summary>
    Mapping,
    /// <summary>A list of mappings described by <see cref="DataField.Of"/>.</summary>
    MappingList,
    /// <summary>One paragraph or a list of paragraphs.</summary>
    Paragraphs,
    /// <summary>A list of sections (heading + body), recursively.</summary>
    Sections,
    /// <summary>Section body items: paragraph, figure, table or sub-section.</summary>
    Body,
    /// <summary>A list of rows, each a list of cell texts.</summary>
    Rows,
    /// <summary>Statistics: described per format by the format definition, not here.</summary>
    Statistics,
    /// <summary>true or false.</summary>
    Flag,
    /// <summary>A mapping whose shape the format decides (narrative of fixed-outline formats, history).</summary>
    Free,
}
