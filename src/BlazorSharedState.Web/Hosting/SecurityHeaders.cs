namespace BlazorSharedState.Web.Hosting;

/// <summary>The headers every response carries, so a browser holds the app to what it really loads.</summary>
internal static class SecurityHeaders
{
    /// <summary>
    /// Everything comes from the app itself. Scripts: blazor.web.js, MudBlazor's and the app's own
    /// files, none inline and no eval (Blazor Server needs neither). Styles allow 'unsafe-inline':
    /// MudBlazor writes style attributes and its theme as a style element. The circuit is a WebSocket
    /// to this host; 'self' covers it in current browsers, ws: and wss: in older ones (Safari before
    /// 15.4 didn't match 'self' to WebSockets). No page may frame the app, which also answers the reason
    /// the framework sets frame-ancestors itself (WebSocket compression), so that one is switched off.
    /// </summary>
    public const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; " +
        "connect-src 'self' ws: wss:; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    /// <summary>Other sites learn at most this site's origin from a link, never the page or its query.</summary>
    public const string ReferrerPolicy = "strict-origin-when-cross-origin";

    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app) =>
        app.Use((context, next) =>
        {
            var headers = context.Response.Headers;
            headers.ContentSecurityPolicy = ContentSecurityPolicy;
            headers.XContentTypeOptions = "nosniff";
            headers["Referrer-Policy"] = ReferrerPolicy;
            return next(context);
        });
}
