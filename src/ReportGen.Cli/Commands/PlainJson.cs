using System.Collections;
using System.Diagnostics.CodeAnalysis;
using System.Reflection;
using System.Text;
using System.Text.Json;

namespace ReportGen.Cli.Commands;

/// <summary>
/// The json outputs of build, check and import are anonymous objects, written here member by member with the
/// serializer's own writer and options, so the text is what JsonSerializer wrote. JsonSerializer itself would build a
/// contract at run time, and under Native AOT that needs generic code over value types (int?, double) which cannot
/// be made then ("... is missing native code or metadata"); reading the properties needs only the members, which
/// the AOT build keeps (ReportGen.Cli.csproj roots this assembly).
/// </summary>
public static class PlainJson
{
    [UnconditionalSuppressMessage("Trimming", "IL2075", Justification = "The payloads are this assembly's anonymous types; the AOT build roots the assembly.")]
    public static string Serialize(object? value, JsonSerializerOptions options)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = options.WriteIndented, Encoder = options.Encoder }))
            Write(writer, value, options);
        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    [UnconditionalSuppressMessage("Trimming", "IL2075", Justification = "As above.")]
    private static void Write(Utf8JsonWriter w, object? value, JsonSerializerOptions options)
    {
        switch (value)
        {
            case null: w.WriteNullValue(); break;
            case string s: w.WriteStringValue(s); break;
            case bool b: w.WriteBooleanValue(b); break;
            case int i: w.WriteNumberValue(i); break;
            case long l: w.WriteNumberValue(l); break;
            case double d: w.WriteNumberValue(d); break;
            case decimal m: w.WriteNumberValue(m); break;
            // As JsonSerializer writes an enum without a converter: its number.
            case Enum e: w.WriteNumberValue(Convert.ToInt64(e)); break;
            case IDictionary map:
                w.WriteStartObject();
                foreach (DictionaryEntry entry in map)
                {
                    w.WritePropertyName(Name(Convert.ToString(entry.Key, System.Globalization.CultureInfo.InvariantCulture) ?? "", options, dictionaryKey: true));
                    Write(w, entry.Value, options);
                }
                w.WriteEndObject();
                break;
            case IEnumerable items:
                w.WriteStartArray();
                foreach (var item in items) Write(w, item, options);
                w.WriteEndArray();
                break;
            default:
                w.WriteStartObject();
                foreach (var p in value.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance))
                {
                    w.WritePropertyName(Name(p.Name, options, dictionaryKey: false));
                    Write(w, p.GetValue(value), options);
                }
                w.WriteEndObject();
                break;
        }
    }

    /// <summary>The serializer's naming policies, so a payload that asks for them reads as JsonSerializer would write it.</summary>
    private static string Name(string name, JsonSerializerOptions options, bool dictionaryKey)
        => (dictionaryKey ? options.DictionaryKeyPolicy : options.PropertyNamingPolicy)?.ConvertName(name) ?? name;
}
