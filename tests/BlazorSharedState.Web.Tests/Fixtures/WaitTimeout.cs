using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;

namespace BlazorSharedState.Web.Tests.Fixtures;

/// <summary>
/// How long a bUnit wait gives a render before it fails. bUnit's one second is too little on a
/// busy two-core machine running every test class at once: a render handed to the thread pool can
/// wait that long behind other tests' blocked threads. The wait ends as soon as its check passes,
/// so a longer limit costs only failing tests.
/// </summary>
internal static class WaitTimeout
{
    [ModuleInitializer]
    [SuppressMessage("Usage", "CA2255", Justification = "A test assembly sets its test framework's default once, before any test.")]
    public static void Lengthen() => BunitContext.DefaultWaitTimeout = TimeSpan.FromSeconds(10);
}
