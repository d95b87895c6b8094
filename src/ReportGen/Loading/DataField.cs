namespace ReportGen.Loading;

/// <summary>
/// One key of a data-file mapping, with the Chinese title and description staff see in their
/// editor (through the JSON Schema) — the same list the reader accepts, so the two never drift.
/// </summary>
/// <param name="Of">For <see cref="FieldKind.Mapping"/> and <see cref="FieldKind.MappingList"/>: the name of the nested mapping in <see cref="DataFields.Mappings"/>.</param>
public sealed record DataField(
    string Key,
    string Title,
    string Description,
    FieldKind Kind,
    bool Required = false,
    IReadOnlyList<string>? Choices = null,
    string? Of = null,
    IReadOnlyList<string>? ChoiceTitles = null);
