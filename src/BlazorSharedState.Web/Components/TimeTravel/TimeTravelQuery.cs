using System.Globalization;
using Microsoft.AspNetCore.WebUtilities;

namespace BlazorSharedState.Web.Components.TimeTravel;

/// <summary>The <c>?at=N</c> of a page's address: the moment of the past it shows, or none for live.</summary>
public static class TimeTravelQuery
{
    /// <summary>The query parameter's name.</summary>
    public const string Name = "at";

    /// <summary>The sequence in <paramref name="uri"/>'s query, or null when there is none (or it isn't a sequence).</summary>
    public static long? Parse(string uri)
    {
        var query = new Uri(uri).Query;
        return QueryHelpers.ParseQuery(query).TryGetValue(Name, out var values)
            && long.TryParse(values.ToString(), NumberStyles.None, CultureInfo.InvariantCulture, out var at)
                ? at
                : null;
    }
}
