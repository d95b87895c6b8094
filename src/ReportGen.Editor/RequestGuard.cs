using System.Net;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Http;

namespace ReportGen.Editor;

/// <summary>
/// The rules every request passes before any endpoint sees it, in this order:
/// <list type="number">
/// <item>Host header: a loopback name, the --listen address, or an IP literal when listening beyond loopback
/// (a page on another site that rebinds its DNS name to us arrives with its own name and is refused).</item>
/// <item>Access token, when listening beyond loopback: <c>?token=</c> once (kept in a cookie), else refused.</item>
/// <item>Session: a random cookie per browser; the anti-forgery token in each page is derived from it.</item>
/// <item>State-changing requests (anything but GET/HEAD): same origin (Origin, else Sec-Fetch-Site) and the
/// session's anti-forgery token in <see cref="TokenHeader"/>.</item>
/// </list>
/// Refusals are Chinese plain text with the status code, never a page that could run a script.
/// </summary>
public sealed class RequestGuard(EditorOptions options)
{
    public const string SessionCookie = "reportgen-session";
    public const string AccessCookie = "reportgen-access";
    public const string TokenHeader = "X-ReportGen-Token";

    /// <summary>Per server start: tokens of one run are worthless to the next.</summary>
    private readonly byte[] _key = RandomNumberGenerator.GetBytes(32);

    public async Task InvokeAsync(HttpContext context, RequestDelegate next)
    {
        var request = context.Request;
        if (!HostAllowed(request.Host))
        {
            await Refuse(context, StatusCodes.Status400BadRequest, "拒绝访问：主机名不被允许（只接受本机地址；如需从其他电脑访问，请用 --listen 启动）。");
            return;
        }
        if (options.AccessToken is { } token && !HasAccess(context, token))
        {
            if (Same(request.Query["token"].ToString(), token))
            {
                context.Response.Cookies.Append(AccessCookie, token, Cookie());
                context.Response.Redirect(request.PathBase + request.Path);
                return;
            }
            await Refuse(context, StatusCodes.Status401Unauthorized, "需要访问令牌：请打开启动 reportgen serve 时显示的完整地址（含 ?token=…）。");
            return;
        }
        var session = request.Cookies[SessionCookie];
        if (string.IsNullOrEmpty(session) || session.Length > 100)
        {
            session = Convert.ToHexString(RandomNumberGenerator.GetBytes(16));
            context.Response.Cookies.Append(SessionCookie, session, Cookie());
        }
        context.Items[SessionCookie] = session;
        if (!HttpMethods.IsGet(request.Method) && !HttpMethods.IsHead(request.Method))
        {
            if (!SameOrigin(request))
            {
                await Refuse(context, StatusCodes.Status403Forbidden, "拒绝访问：请求不是来自本编辑器的页面（来源不一致）。");
                return;
            }
            if (!Same(request.Headers[TokenHeader].ToString(), AntiForgeryToken(session)))
            {
                await Refuse(context, StatusCodes.Status403Forbidden, "拒绝访问：页面已过期或请求缺少校验码，请刷新页面后重试。");
                return;
            }
        }
        context.Response.Headers["X-Content-Type-Options"] = "nosniff";
        context.Response.Headers["Referrer-Policy"] = "no-referrer";
        await next(context);
    }

    /// <summary>The token a page of this session carries: an HMAC of the session id, so nothing is stored per session.</summary>
    public string AntiForgeryToken(string session)
        => Convert.ToHexString(HMACSHA256.HashData(_key, Encoding.UTF8.GetBytes(session)));

    public string AntiForgeryToken(HttpContext context) => AntiForgeryToken((string)context.Items[SessionCookie]!);

    private bool HostAllowed(HostString host)
    {
        if (!host.HasValue) return false;
        var name = host.Host;
        if (options.AllowedHosts.Contains(name, StringComparer.OrdinalIgnoreCase)) return true;
        // Beyond loopback the machine is reached by one of its addresses; a DNS name could be a rebinding page's.
        return options.Listen is not null && IPAddress.TryParse(name.Trim('[', ']'), out _);
    }

    private static bool HasAccess(HttpContext context, string token) => Same(context.Request.Cookies[AccessCookie], token);

    /// <summary>Origin when the browser sends it (it does on every fetch POST), else the fetch metadata; neither is refused.</summary>
    private static bool SameOrigin(HttpRequest request)
    {
        var origin = request.Headers.Origin.ToString();
        if (origin.Length > 0)
            return Uri.TryCreate(origin, UriKind.Absolute, out var uri)
                && string.Equals(uri.Scheme, request.Scheme, StringComparison.OrdinalIgnoreCase)
                && string.Equals(uri.Authority, request.Host.Value, StringComparison.OrdinalIgnoreCase);
        var site = request.Headers["Sec-Fetch-Site"].ToString();
        return site == "same-origin";
    }

    private static bool Same(string? given, string expected)
        => given is not null && CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(given), Encoding.UTF8.GetBytes(expected));

    private static CookieOptions Cookie() => new() { HttpOnly = true, SameSite = SameSiteMode.Strict, Path = "/", IsEssential = true };

    private static Task Refuse(HttpContext context, int status, string message)
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = "text/plain; charset=utf-8";
        return context.Response.WriteAsync(message);
    }
}
