using ReportGen.Cli.Commands;
using ReportGen.Documents.Layout.Text;

namespace ReportGen.Tests.Cli;

public class FontArgumentsTests
{
    [Fact]
    public void Roles_in_english_or_chinese_with_optional_face_index()
    {
        var options = FontArguments.Parse(["body=/fonts/simfang.ttf", "一级标题=/fonts/simhei.ttf", "页码=/fonts/simsun.ttc#1"], out var error);
        Assert.Null(error);
        Assert.Equal("/fonts/simfang.ttf", options!.Configured[TextRole.Body].Path);
        Assert.Equal("/fonts/simhei.ttf", options.Configured[TextRole.Heading1].Path);
        Assert.Equal(("/fonts/simsun.ttc", 1), (options.Configured[TextRole.PageNumber].Path, options.Configured[TextRole.PageNumber].FaceIndex));
    }

    [Fact]
    public void Unknown_role_is_a_chinese_usage_error()
    {
        Assert.Null(FontArguments.Parse(["bold=/x.ttf"], out var error));
        Assert.Contains("无法识别的字体设置", error);
    }
}
