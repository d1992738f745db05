using System;
using System.Globalization;

namespace OpenCode.Manifests.Import;

/// <summary>
/// The major version of the app-template chart a version text names: an exact tag (<c>4.6.2</c>, <c>v5.1.0</c>) or
/// a semver range (<c>4.x</c>, <c>^5.0.0</c>, <c>&gt;=4.3.0 &lt;5.0.0</c>: its lower bound). The major decides the
/// values model: 4.x and 5.x differ in keys (5.x added <c>global.createDefaultServiceAccount</c>, <c>podMonitor</c>,
/// map-shaped <c>serviceAccount</c>), so values are read with the model of the chart they are given to.
/// </summary>
internal static class ChartMajor
{
    /// <summary>The majors the importer has a values model for.</summary>
    public const int V4 = 4;

    /// <summary>The 5.x model (<see cref="OpenCode.Manifests.AppTemplate.V5.AppTemplateValues"/>).</summary>
    public const int V5 = 5;

    /// <summary>The first number of <paramref name="version"/>, or null when it names none (absent, a <c>${VAR}</c>).</summary>
    public static int? Of(string? version)
    {
        if (string.IsNullOrWhiteSpace(version) || version.Contains("${", StringComparison.Ordinal))
        {
            return null;
        }

        var start = 0;
        while (start < version.Length && !char.IsDigit(version[start]))
        {
            start++;
        }

        var end = start;
        while (end < version.Length && char.IsDigit(version[end]))
        {
            end++;
        }

        return end > start && int.TryParse(version.AsSpan(start, end - start), NumberStyles.None, CultureInfo.InvariantCulture, out var major)
            ? major
            : null;
    }
}
