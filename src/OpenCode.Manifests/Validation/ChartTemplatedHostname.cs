using System.Text.RegularExpressions;

namespace OpenCode.Manifests.Validation;

/// <summary>
/// app-template renders route hostnames as Helm templates, so <c>{{ .Release.Name }}.example.com</c> answers for the
/// release's own name: the rules compare hostnames as the chart renders them. A template other than the release
/// name cannot be rendered here (null): such a host is not compared with others.
/// </summary>
internal static class ChartTemplatedHostname
{
    private static readonly Regex ReleaseName = new(@"\{\{-?\s*\.Release\.Name\s*-?\}\}", RegexOptions.CultureInvariant);

    /// <summary>The hostname the chart serves for <paramref name="releaseName"/>, or null when another template is left.</summary>
    public static string? Render(string hostname, string releaseName)
    {
        var rendered = ReleaseName.Replace(hostname, releaseName);
        return rendered.Contains("{{", System.StringComparison.Ordinal) ? null : rendered;
    }
}
