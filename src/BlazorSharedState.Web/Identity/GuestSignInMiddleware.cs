using System.Security.Claims;
using BlazorSharedState.Store.Blazor;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;

namespace BlazorSharedState.Web.Identity;

/// <summary>
/// Gives every new browser a guest identity in a signed cookie, so all its tabs are one user
/// and another browser is another user. The circuit's user then stamps every action. A client
/// address that brings more new guests than <see cref="GuestArrivals"/> allows is told to wait.
/// </summary>
internal sealed class GuestSignInMiddleware(RequestDelegate next, GuestArrivals arrivals)
{
    public async Task InvokeAsync(HttpContext context)
    {
        if (context.User.Identity?.IsAuthenticated != true)
        {
            var address = ClientAddress.KeyOf(context.Connection.RemoteIpAddress);
            if (!arrivals.TryArrive(address))
            {
                context.Response.StatusCode = StatusCodes.Status429TooManyRequests;
                context.Response.Headers.RetryAfter = "60";
                await context.Response.WriteAsync(GuestArrivals.TooManyReason);
                return;
            }

            var identity = new ClaimsIdentity(
                [new Claim(ClaimTypes.NameIdentifier, Guid.NewGuid().ToString("N"))],
                CookieAuthenticationDefaults.AuthenticationScheme);
            var principal = new ClaimsPrincipal(identity);
            await context.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme, principal,
                new AuthenticationProperties { IsPersistent = true });
            context.User = principal;
        }

        await next(context);
    }
}
