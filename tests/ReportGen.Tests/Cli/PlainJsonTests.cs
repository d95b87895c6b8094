using System.Text.Json;
using ReportGen.Cli.Commands;

namespace ReportGen.Tests.Cli;

/// <summary>
/// The --json outputs are written by <see cref="PlainJson"/> so that the Native AOT build can write them; what it
/// writes must stay what JsonSerializer writes, which scripts reading our output were written against.
/// </summary>
public class PlainJsonTests
{
    private enum Severity { Info, Warning, Error }

    [Fact]
    public void Writes_what_the_serializer_writes_for_the_shapes_our_commands_print()
    {
        var payload = new
        {
            file = "data/云溪区/2024.yaml",
            ok = false,
            errors = 2,
            warnings = (int?)null,
            line = (int?)47,
            seconds = 0.1 + 0.2,
            rate = 115.2,
            share = 12.5m,
            severity = Severity.Warning,
            message = "正文“2件，占12%”：应为 13%\n\"引号\"\t<tag> & '单引号'",
            outputs = new[] { "out/yunxi/2024.pdf", "out/yunxi/2024.docx" },
            items = new[] { new { id = "yunxi/2024", ms = 8.53, first_error = (string?)null }, new { id = "shili/2024", ms = 12.0, first_error = (string?)"E0108" } },
            counts = new Dictionary<string, int> { ["生成"] = 13, ["失败"] = 0 },
            empty = Array.Empty<object>(),
        };
        foreach (var options in new[] { DiagnosticJson.Options, new JsonSerializerOptions(), new JsonSerializerOptions { PropertyNamingPolicy = JsonNamingPolicy.CamelCase } })
            Assert.Equal(JsonSerializer.Serialize(payload, options), PlainJson.Serialize(payload, options));
    }
}
