using System.Text.RegularExpressions;
using ReportGen.Importing.Writing;

namespace ReportGen.Importing.Recognition;

/// <summary>
/// Contact details as preambles print them: “请与…联系（地址：…；邮编：…；电话：…）”, “请联系…，地址：…，
/// 邮编：…，电话：…，电子邮箱：…”, “报告电子版可在…查阅或下载”, a bare web address.
/// </summary>
public static partial class ContactReader
{
    [GeneratedRegex(@"请与(?<v>[^，,。；;（(：:]{2,40}?)联系")]
    private static partial Regex OfficeWith();

    [GeneratedRegex(@"请联系(?<v>[^，,。；;（(：:]{2,40})")]
    private static partial Regex OfficeContact();

    [GeneratedRegex(@"(?:联系单位|联系部门|受理机构|工作机构)[:：]\s*(?<v>[^，,。；;]{2,40})")]
    private static partial Regex OfficeLabelled();

    [GeneratedRegex(@"(?:通讯地址|办公地址|联系地址|地址)\s*[:：]\s*(?<v>[^，,；;。]{3,80}?)(?=[，,；;。]|\s*(?:邮编|邮政编码|电话|联系电话|传真)|[）)]?$)")]
    private static partial Regex Address();

    [GeneratedRegex(@"(?:邮编|邮政编码)\s*[:：]?\s*(?<v>\d{6})")]
    private static partial Regex Postcode();

    [GeneratedRegex(@"(?:咨询电话|联系电话|电话)\s*[:：]\s*(?<v>[0-9（）()\-—－–+ ]{5,30}?[0-9])(?=[^0-9]|$)")]
    private static partial Regex Phone();

    [GeneratedRegex(@"传真\s*[:：]\s*(?<v>[0-9（）()\-—－–+ ]{5,30}?[0-9])(?=[^0-9]|$)")]
    private static partial Regex Fax();

    [GeneratedRegex(@"(?:电子邮箱|电子信箱|电子邮件|邮箱|[Ee]-?mail)\s*[:：]\s*(?<v>[A-Za-z0-9._%+\-]+@[A-Za-z0-9.\-]+[A-Za-z])")]
    private static partial Regex Email();

    [GeneratedRegex(@"(?:电子版|全文)(?:可在|可以在|在|可于|可通过)(?<v>.{2,80}?)(?:查阅或下载|查阅、下载|浏览并下载|浏览和下载|查阅|浏览|下载|获取)")]
    private static partial Regex WebsitePhrase();

    [GeneratedRegex(@"(?<v>https?://[A-Za-z0-9./_\-?=&%#:]+[A-Za-z0-9/])")]
    private static partial Regex Url();

    /// <summary>Reads what the text holds into <paramref name="contact"/>; fields already set are kept.</summary>
    public static void Read(string text, DraftContact contact)
    {
        contact.Office ??= First(text, OfficeWith(), OfficeContact(), OfficeLabelled());
        contact.Address ??= Balanced(First(text, Address()));
        contact.Postcode ??= First(text, Postcode());
        contact.Phone ??= First(text, Phone());
        contact.Fax ??= First(text, Fax());
        contact.Email ??= First(text, Email());
        contact.Website ??= First(text, WebsitePhrase()) ?? First(text, Url());
    }

    /// <summary>An address that ends with the bracket closing the contact details, not one of its own.</summary>
    private static string? Balanced(string? address)
    {
        if (address is null) return null;
        while (address.Length > 0 && address[^1] is '）' or ')' && address.Count(c => c is '（' or '(') < address.Count(c => c is '）' or ')'))
            address = address[..^1];
        return address.Length > 0 ? address : null;
    }

    private static string? First(string text, params Regex[] patterns)
    {
        foreach (var pattern in patterns)
        {
            var m = pattern.Match(text);
            if (m.Success && m.Groups["v"].Value.Trim().Length > 0) return m.Groups["v"].Value.Trim();
        }
        return null;
    }
}
