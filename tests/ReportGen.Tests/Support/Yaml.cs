namespace ReportGen.Tests.Support;

/// <summary>Minimal valid pre-2019 data, to be varied by tests.</summary>
public static class Yaml
{
    public const string MinimalPre2019 = """
        format: pre2019
        agency:
          id: testzone
          name: 测试区人民政府
          kind: government
          level: county
        year: 2018
        date: 2019-03-01
        signature: [测试区人民政府]
        preamble:
          - 本报告根据《中华人民共和国政府信息公开条例》编制。
        sections:
          - heading: 一、概述
            body:
              - 2018年，全区主动公开政府信息100条。
        statistics:
          a1: 100
        """;
}
