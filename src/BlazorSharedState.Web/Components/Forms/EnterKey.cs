using Microsoft.AspNetCore.Components.Web;

namespace BlazorSharedState.Web.Components.Forms;

/// <summary>Enter submits, everywhere the same way: Shift+Enter stays a new line where text may have lines.</summary>
public static class EnterKey
{
    /// <summary>Whether <paramref name="e"/> submits.</summary>
    public static bool Submits(KeyboardEventArgs e)
    {
        ArgumentNullException.ThrowIfNull(e);
        return e.Key == "Enter" && !e.ShiftKey;
    }

    /// <summary>A key-down handler that runs <paramref name="submit"/> when the key <see cref="Submits"/>.</summary>
    public static Func<KeyboardEventArgs, Task> Runs(Func<Task> submit) =>
        e => Submits(e) ? submit() : Task.CompletedTask;
}
