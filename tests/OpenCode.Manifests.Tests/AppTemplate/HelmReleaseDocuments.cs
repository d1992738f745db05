using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using YamlDotNet.RepresentationModel;

namespace OpenCode.Manifests.Tests.AppTemplate;

/// <summary>
/// A Flux HelmRelease document that deploys the app-template chart, with its <c>spec.values</c> node and the chart
/// version it points at (<c>spec.chart.spec.version</c>, or the <c>spec.ref.tag</c>/<c>semver</c> of the
/// OCIRepository its chartRef names, resolved as the importer does), or null when none was found.
/// </summary>
internal sealed record AppTemplateRelease(string File, string Name, YamlMappingNode Values, string? ChartVersion = null)
{
    /// <summary>The chart's major version (4, 5), or null.</summary>
    public int? ChartMajor => OpenCode.Manifests.Import.ChartMajor.Of(ChartVersion);
}

/// <summary>
/// Finds the HelmReleases that deploy the bjw-s app-template chart in YAML files: a
/// <c>spec.chartRef</c> to an OCIRepository that is app-template (named <c>app-template</c> — the shared
/// repository in flux-system — or an OCIRepository document of that name in the same folder whose URL ends in
/// <c>/app-template</c>), or a <c>spec.chart.spec.chart: app-template</c>.
/// </summary>
internal static class HelmReleaseDocuments
{
    public const string ChartName = "app-template";

    /// <summary>Every app-template HelmRelease with values under <paramref name="root"/>, ordered by file.</summary>
    public static IReadOnlyList<AppTemplateRelease> FindAppTemplateReleases(string root)
    {
        var sources = OpenCode.Manifests.Import.ChartSourceIndex.FromFiles(
            Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories).Where(OpenCode.Manifests.Import.ChartSourceIndex.IsYaml).OrderBy(path => path, StringComparer.Ordinal));
        var releases = new List<AppTemplateRelease>();
        foreach (var directory in Directory.EnumerateDirectories(root, "*", SearchOption.AllDirectories).Prepend(root)
                     .OrderBy(path => path, StringComparer.Ordinal))
        {
            var documents = Directory.EnumerateFiles(directory, "*.yaml", SearchOption.TopDirectoryOnly)
                .Concat(Directory.EnumerateFiles(directory, "*.yml", SearchOption.TopDirectoryOnly))
                .OrderBy(path => path, StringComparer.Ordinal)
                .SelectMany(file => Load(file).Select(document => (File: file, Document: document)))
                .ToList();

            releases.AddRange(FromDocuments(documents).Select(release => release with { ChartVersion = VersionOf(release, documents, sources) }));
        }

        return releases;
    }

    private static string? VersionOf(AppTemplateRelease release, IReadOnlyList<(string File, YamlMappingNode Document)> documents, OpenCode.Manifests.Import.ChartSourceIndex sources)
    {
        var document = documents.First(entry => entry.File == release.File && ReferenceEquals(Child(entry.Document, "spec", "values"), release.Values)).Document;
        if (Scalar(document, "spec", "chart", "spec", "version") is { } version)
        {
            return version;
        }

        return Scalar(document, "spec", "chartRef", "name") is { } name
            ? sources.Resolve(release.File, name, Scalar(document, "spec", "chartRef", "namespace"))?.Version
            : null;
    }

    /// <summary>The app-template HelmReleases of one file (an OCIRepository it names must be in the same file).</summary>
    public static IReadOnlyList<AppTemplateRelease> FindAppTemplateReleasesInFile(string file) =>
        FromDocuments(Load(file).Select(document => (file, document)).ToList());

    private static List<AppTemplateRelease> FromDocuments(IReadOnlyList<(string File, YamlMappingNode Document)> documents)
    {
        var appTemplateRepositories = documents
            .Where(entry => Kind(entry.Document) == "OCIRepository")
            .Where(entry => Scalar(entry.Document, "spec", "url")?.TrimEnd('/').EndsWith("/" + ChartName, StringComparison.Ordinal) == true)
            .Select(entry => Scalar(entry.Document, "metadata", "name"))
            .Where(name => name is not null)
            .ToHashSet(StringComparer.Ordinal);

        var releases = new List<AppTemplateRelease>();
        foreach (var (file, document) in documents)
        {
            if (Kind(document) != "HelmRelease" || !IsAppTemplate(document, appTemplateRepositories))
            {
                continue;
            }

            if (Child(document, "spec", "values") is YamlMappingNode values)
            {
                releases.Add(new AppTemplateRelease(file, Scalar(document, "metadata", "name") ?? "?", values));
            }
        }

        return releases;
    }

    /// <summary>The documents of a YAML file (aliases resolved by the loader; a redefined anchor is allowed).</summary>
    public static IReadOnlyList<YamlMappingNode> Load(string file)
    {
        var stream = new YamlStream();
        using (var reader = new StringReader(File.ReadAllText(file)))
        {
            stream.Load(reader);
        }

        return stream.Documents.Select(document => document.RootNode).OfType<YamlMappingNode>().ToList();
    }

    public static YamlNode? Child(YamlNode node, params string[] path)
    {
        var current = node;
        foreach (var key in path)
        {
            if (current is not YamlMappingNode mapping
                || !mapping.Children.TryGetValue(new YamlScalarNode(key), out var next))
            {
                return null;
            }

            current = next;
        }

        return current;
    }

    private static string? Scalar(YamlNode node, params string[] path) => (Child(node, path) as YamlScalarNode)?.Value;

    private static string? Kind(YamlNode document) => Scalar(document, "kind");

    private static bool IsAppTemplate(YamlNode helmRelease, HashSet<string?> appTemplateRepositories)
    {
        if (Scalar(helmRelease, "spec", "chart", "spec", "chart") == ChartName)
        {
            return true;
        }

        if (Scalar(helmRelease, "spec", "chartRef", "kind") != "OCIRepository")
        {
            return false;
        }

        var name = Scalar(helmRelease, "spec", "chartRef", "name");
        return name == ChartName || appTemplateRepositories.Contains(name);
    }
}
