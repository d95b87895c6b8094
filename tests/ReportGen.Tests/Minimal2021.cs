namespace ReportGen.Tests;

/// <summary>A minimal, correct current-format report; tests break one thing at a time.</summary>
internal static class Minimal2021
{
    public const string Yaml = """
        format: "2021"
        agency: { id: t, name: 测试区人民政府, kind: government, level: county }
        year: 2023
        date: 2024-03-20
        narrative:
          overview:
            active_disclosure: [全年主动公开政府信息。]
            on_request:
              - 全年共收到政府信息公开申请${table3.new_received.total}件。
            information_management: [加强政府信息管理。]
            platforms: [优化政府网站。]
            oversight: [将政务公开纳入绩效考核，开展社会评议，未发生责任追究情况。]
          problems: [存在的问题是解读形式单一。]
          other: [本年度未收取信息处理费。]
        statistics:
          table2:
            regulations: { issued: 0, repealed: 0, in_force: 0 }
            normative_documents: { issued: 1, repealed: 0, in_force: 10 }
            administrative_licensing: 100
            administrative_penalty: 5
            administrative_coercion: 0
            administrative_fees: 1.5
          table3:
            new_received: { natural_person: 10, commercial_enterprise: 2 }
            carried_over: { natural_person: 2 }
            granted: { natural_person: 8, commercial_enterprise: 2 }
            unable_not_held: { natural_person: 1 }
            carried_forward: { natural_person: 3 }
          table4:
            cases: { review_upheld: 1 }
        """;

    /// <summary>Last year's report for cross-year rules: its carry-forward is this year's carry-over; 10 in force = 9 + 1.</summary>
    public static string PreviousYear => Yaml
        .Replace("year: 2023", "year: 2022").Replace("date: 2024-03-20", "date: 2023-03-20")
        .Replace("normative_documents: { issued: 1, repealed: 0, in_force: 10 }", "normative_documents: { issued: 0, repealed: 0, in_force: 9 }")
        .Replace("carried_forward: { natural_person: 3 }", "carried_forward: { natural_person: 2 }")
        .Replace("new_received: { natural_person: 10, commercial_enterprise: 2 }", "new_received: { natural_person: 9, commercial_enterprise: 2 }");

    public static string With(string find, string replace)
    {
        Assert.Contains(find, Yaml);
        return Yaml.Replace(find, replace);
    }
}
