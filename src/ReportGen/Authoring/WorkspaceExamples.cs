namespace ReportGen.Authoring;

/// <summary>
/// The example data file <c>reportgen init</c> writes, one per format an office may need: the current (2021)
/// format by default, the 2019 trial format for 2019–2020 reports, the pre-2019 free-form format for older years.
/// Each checks clean and builds; its comments teach the keys.
/// </summary>
public sealed record WorkspaceExample(string Format, int Year, string Data)
{
    public const string Agency = "shili";

    public static readonly IReadOnlyList<WorkspaceExample> All = [Current, Trial2019, Pre2019];

    /// <summary>The format ids <c>init --format</c> accepts, the default first.</summary>
    public static IEnumerable<string> Formats => All.Select(e => e.Format);

    public static WorkspaceExample? For(string format) => All.FirstOrDefault(e => e.Format == format);

    public string RelativePath => $"data/{Agency}/{Year}.yaml";

    private static WorkspaceExample Current => new("2021", 2024, NextYearWriter.SchemaModeline + """

        # 示例：一个虚构机关的 2024 年报告，现行格式（国办公开办函〔2021〕30号，2021 年及以后的报告）。
        # 复制本文件夹、改名为本机关的标识后修改，或运行 reportgen new shili 2025 开始下一年度。
        # 在 VS Code 中输入时会提示可用的字段，鼠标悬停显示中文说明；以 # 开头的是注释，不会出现在报告中。
        format: "2021"              # 报告格式（须加引号）："2021" 用于 2021 年及以后；"2019" 用于 2019、2020 年；pre2019 用于 2018 年及以前
        agency:
          id: shili                 # 机关标识，与 data/ 下的文件夹名一致
          name: 示例区人民政府
          kind: government          # government（人民政府）| department（政府部门）
          level: county             # province | city | county | township
        year: 2024
        date: 2025-03-20            # 成文日期：人民政府 3 月 31 日前，政府部门 1 月 31 日前
        contact:
          office: 示例区人民政府办公室
          address: 示例区人民大街1号
          postcode: "100000"        # 邮编、电话等数字样式的文字要加引号
          phone: "010-12345678"
        # 正文。标题由格式给出，这里只写文字；每段一行，以“- ”开头。
        # ${table3.granted.total} 这样的写法引用统计表中的数，${table3.granted.total:pct} 引用它占办结总数的百分比。
        narrative:
          overview:                 # 一、总体情况：开头一段（intro）和（一）至（五）五个方面
            intro:
              - 2024年，示例区人民政府认真贯彻《中华人民共和国政府信息公开条例》，围绕区委、区政府中心工作推进政务公开，以公开促落实、促规范、促服务。
            active_disclosure:      # （一）主动公开
              - 全年通过区政府门户网站主动公开政府信息3200余条。制发行政规范性文件${table2.normative_documents.issued}件，废止${table2.normative_documents.repealed}件，现行有效${table2.normative_documents.in_force}件。
            on_request:             # （二）依申请公开
              - 全年共收到政府信息公开申请${table3.new_received.total}件，办结${table3.results_total.total}件，其中予以公开${table3.granted.total}件，占${table3.granted.total:pct}；无法提供${table3.unable_to_provide.total}件，不予处理${table3.not_processed.total}件；结转下年度继续办理${table3.carried_forward.total}件。
              - 全年被申请行政复议${table4.cases.review_total}件，结果维持${table4.cases.review_upheld}件；未发生行政诉讼。
            information_management: # （三）政府信息管理
              - 落实公文公开属性源头认定和发布前保密审查，全年未发生泄密和侵犯个人隐私事件。
            platforms:              # （四）政府信息公开平台建设
              - 区政府门户网站“政府信息公开”专栏按规定更新，政务服务中心设立政府信息公开查阅点。
            oversight:              # （五）监督保障：人民政府须写明工作考核、社会评议和责任追究结果情况
              - 将政务公开纳入年度绩效考核，组织开展社会评议，评议结果良好；全年未发生因政府信息公开工作被追究责任的情况。
          problems:                 # 五、存在的主要问题及改进情况
            - 存在的主要问题是部分栏目更新不够及时。下一步将建立栏目更新巡查机制，提高公开时效。
          other:                    # 六、其他需要报告的事项（如收取信息处理费的情况）
            - 全年未收取信息处理费。
        # 统计表（二、三、四部分）。合计、小计由工具计算，不要填写。
        statistics:
          table2:                   # 表二 主动公开政府信息情况：七个数都要填，没有就填 0
            regulations: { issued: 0, repealed: 0, in_force: 0 }            # 规章：本年制发、本年废止、现行有效件数
            normative_documents: { issued: 3, repealed: 1, in_force: 28 }   # 行政规范性文件
            administrative_licensing: 1260                                  # 行政许可：本年处理决定数量
            administrative_penalty: 310                                     # 行政处罚
            administrative_coercion: 12                                     # 行政强制
            administrative_fees: 0                                          # 行政事业性收费：本年收费金额（万元）
          table3:                   # 表三 收到和处理政府信息公开申请情况：按申请人类别填写；空着的格表示 0
            new_received: { natural_person: 30, commercial_enterprise: 2 }  # 一、本年新收政府信息公开申请数量
            granted: { natural_person: 20, commercial_enterprise: 2 }       # 三、（一）予以公开
            unable_not_held: { natural_person: 5 }                          # 三、（四）1.本机关不掌握相关政府信息
            not_processed_petition: { natural_person: 3 }                   # 三、（五）1.信访举报投诉类申请
            carried_forward: { natural_person: 2 }                          # 四、结转下年度继续办理
          table4:                   # 表四 政府信息公开行政复议、行政诉讼情况
            cases: { review_upheld: 1 }                                     # 行政复议：结果维持
        """ + "\n");

    private static WorkspaceExample Trial2019 => new("2019", 2020, NextYearWriter.SchemaModeline + """

        # 示例：一个虚构机关的 2020 年报告，2019 年试行格式（国办公开办函〔2019〕60号，2019、2020 年的报告）。
        # 2021 年及以后的报告请改用 format: "2021"（运行 reportgen init --format 2021 可看示例）。
        format: "2019"              # 报告格式（须加引号）
        agency:
          id: shili                 # 机关标识，与 data/ 下的文件夹名一致
          name: 示例区人民政府
          kind: government          # government（人民政府）| department（政府部门）
          level: county             # province | city | county | township
        year: 2020
        date: 2021-03-20            # 成文日期：人民政府 3 月 31 日前，政府部门 1 月 31 日前
        contact:
          office: 示例区人民政府办公室
          phone: "010-12345678"     # 数字样式的文字要加引号
        # 正文：标题由格式给出，这里只写文字；每段一行，以“- ”开头。
        narrative:
          overview:                 # 一、总体情况（2019 年格式不分小标题）；人民政府须写明工作考核、社会评议和责任追究结果情况
            - 2020年，示例区人民政府认真贯彻《中华人民共和国政府信息公开条例》，全年主动公开政府信息，依法办理政府信息公开申请${table3.new_received.total}件。
            - 将政务公开纳入绩效考核，开展社会评议，全年未发生责任追究情况。
          requests:                 # 三、收到和处理政府信息公开申请情况：表三前的说明（可不写）
            - 全年共收到政府信息公开申请${table3.new_received.total}件，予以公开${table3.granted.total}件，其他处理${table3.other_handling.total}件。
          appeals:                  # 四、政府信息公开行政复议、行政诉讼情况：表四前的说明（可不写）
            - 全年被申请行政复议${table4.cases.review_total}件，结果维持${table4.cases.review_upheld}件。
          problems:                 # 五、存在的主要问题及改进情况
            - 存在的问题是政策解读形式单一。下一步将丰富解读形式，提高解读质量。
          other:                    # 六、其他需要报告的事项
            - 无其他需要报告的事项。
        # 统计表（二、三、四部分）。合计、小计由工具计算，不要填写。
        statistics:
          table2:                   # 表二 主动公开政府信息情况（2019 年格式的栏目）
            regulations: { newly_made: 0, newly_published: 0, total_published: 0 }
            normative_documents: { newly_made: 3, newly_published: 3, total_published: 41 }
            administrative_licensing: { previous_items: 120, change: -4, decisions: 8760 }   # change：本年增/减，可为负数
            other_management_services: { previous_items: 35, change: 2, decisions: 1320 }
            administrative_penalty: { previous_items: 210, change: 0, decisions: 1890 }
            administrative_coercion: { previous_items: 16, change: 0, decisions: 75 }
            administrative_fees: { previous_items: 12, change: -1 }
            government_procurement: { procurement_items: 86, procurement_amount: 5321.6 }
          table3:                   # 表三 收到和处理政府信息公开申请情况：按申请人类别填写；空着的格表示 0
            new_received: { natural_person: 30, commercial_enterprise: 2 }
            granted: { natural_person: 20, commercial_enterprise: 2 }
            other_handling: { natural_person: 8 }
            carried_forward: { natural_person: 2 }
          table4:                   # 表四 政府信息公开行政复议、行政诉讼情况
            cases: { review_upheld: 1 }
        """ + "\n");

    private static WorkspaceExample Pre2019 => new("pre2019", 2018, NextYearWriter.SchemaModeline + """

        # 示例：一个虚构机关的 2018 年报告（2019年以前格式：章节和统计项由本机关自定）。
        # 2019、2020 年的报告用 format: "2019"，2021 年及以后用 format: "2021"。
        format: pre2019
        agency:
          id: shili                 # 与文件夹名一致
          name: 示例区人民政府
          kind: government          # government（人民政府）| department（政府部门）
          level: county             # province | city | county | township
        year: 2018
        title: [示例区人民政府2018年政府信息公开工作年度报告]
        date: 2019-03-01            # 成文日期
        signature: [示例区人民政府]
        contact:
          office: 示例区人民政府办公室
          address: 示例区人民大街1号
          postcode: "100000"
          phone: "010—12345678"
        preamble:
          - 本报告根据《中华人民共和国政府信息公开条例》要求编制。报告中所列数据的统计期限自2018年1月1日起至2018年12月31日止。
        sections:                   # 各部分：标题（heading）和段落（body），可增删、调整顺序
          - heading: 一、主动公开政府信息情况
            body:
              - 2018年，全区主动公开政府信息${a1}条，其中政府网站公开${a2_2}条。
          - heading: 二、依申请公开政府信息情况
            body:
              - 2018年，全区共收到政府信息公开申请${c1}件，其中网络申请${c1_3}件，占${c1_3:pct}。
          - heading: 三、存在的主要问题及改进情况
            body:
              - 政府信息公开工作还存在公开内容不够全面等问题，下一步将进一步加强。
        statistics:                 # 统计表数值，按行标识填写（见 templates/pre2019/format.yaml 或编辑器提示）
          a1: 120
          a2_2: 120
          c1_1: 1
          c1_3: 3
          c2_1: 4
          c3_1: 2
          c3_2: 2
          f: 0
          g: 0
        """ + "\n");
}
