using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using OpenCode.Manifests.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace OpenCode.Manifests.Import;

/// <summary>
/// Finds the app-template HelmReleases of a YAML file: <c>spec.chartRef</c> to the OCIRepository
/// <c>app-template</c> (or to an OCIRepository in the same file whose URL ends in <c>/app-template</c>), or
/// <c>spec.chart.spec.chart: app-template</c>. Malformed YAML is a diagnostic with the line, never an exception.
/// </summary>
internal static class ReleaseDocumentReader
{
    private const string ChartName = "app-template";

    /// <summary>
    /// The app-template HelmReleases of one file; <paramref name="chartSources"/> holds the OCIRepositories their
    /// chartRefs may name (this file's included), which give the chart version and so the values model.
    /// </summary>
    public static IReadOnlyList<ReleaseDocument> Read(string file, string text, List<ImportDiagnostic> diagnostics, bool reportOtherCharts, ChartSourceIndex chartSources)
    {
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(text));
        }
        catch (YamlException exception)
        {
            var message = exception.InnerException is { } inner && inner.Message != exception.Message
                ? exception.Message + " " + inner.Message
                : exception.Message;
            var (line, column) = ((long)exception.Start.Line, (long)exception.Start.Column);
            if (message.Contains("tab", StringComparison.OrdinalIgnoreCase) && FirstTabIndentedLine(text) is { } tabLine)
            {
                // YamlDotNet reports tab indentation without a position; the first line indented with a tab is it.
                (line, column) = (tabLine, 1);
            }

            diagnostics.Add(ImportDiagnostic.For(DiagnosticCatalog.MalformedYaml,
                "malformed YAML: " + Flatten(message), file, line, column));
            return Array.Empty<ReleaseDocument>();
        }

        var documents = stream.Documents.Select(d => d.RootNode).OfType<YamlMappingNode>().ToList();

        var releases = new List<ReleaseDocument>();
        foreach (var document in documents.Where(d => Scalar(d, "kind") == "HelmRelease"))
        {
            var kindLine = (Child(document, "kind") ?? document).Start;
            var chart = Scalar(document, "spec", "chart", "spec", "chart");
            var refKind = Scalar(document, "spec", "chartRef", "kind");
            var refName = Scalar(document, "spec", "chartRef", "name");
            var name = Scalar(document, "metadata", "name") ?? "release";
            string description;
            string? version;
            string? versionOrigin;
            ChartSource? chartSource = null;
            if (chart == ChartName)
            {
                var source = Scalar(document, "spec", "chart", "spec", "sourceRef", "kind") + "/" + Scalar(document, "spec", "chart", "spec", "sourceRef", "name");
                description = $"chart: {ChartName} from {source}";
                version = Scalar(document, "spec", "chart", "spec", "version");
                versionOrigin = version is null ? null : "spec.chart.spec.version";
            }
            else if (refKind == "OCIRepository" && refName is not null && (refName == ChartName || chartSources.Contains(refName)))
            {
                var refNamespace = Scalar(document, "spec", "chartRef", "namespace");
                description = $"chartRef: OCIRepository/{refName}" + (refNamespace is { } ns ? $" (namespace {ns})" : "");
                var repository = chartSources.Resolve(file, refName, refNamespace);
                chartSource = repository;
                version = repository?.Version;
                versionOrigin = repository?.Version is null ? null : $"{repository.VersionKey} of OCIRepository {refName} in {Path.GetFileName(repository.File)}";
            }
            else
            {
                if (reportOtherCharts)
                {
                    diagnostics.Add(ImportDiagnostic.For(DiagnosticCatalog.NothingToImport,
                        $"HelmRelease '{name}' does not deploy the {ChartName} chart (chart '{chart ?? refName ?? "?"}'); skipped.",
                        file, kindLine.Line, kindLine.Column));
                }

                continue;
            }

            var spec = Child(document, "spec") as YamlMappingNode;
            var otherKeys = spec?.Children.Keys.OfType<YamlScalarNode>().Select(k => k.Value!)
                .Where(k => k is not ("chart" or "chartRef" or "interval" or "values")).ToList() ?? new List<string>();
            var values = Child(document, "spec", "values") as YamlMappingNode ?? new YamlMappingNode();
            releases.Add(new ReleaseDocument(file, name, Scalar(document, "metadata", "namespace"), description, version, versionOrigin,
                Scalar(document, "spec", "interval"), chart == ChartName ? null : refKind, chart == ChartName ? null : refName,
                chart == ChartName ? null : Scalar(document, "spec", "chartRef", "namespace"), otherKeys, values, kindLine.Line, spec ?? new YamlMappingNode(), text, Child(document, "metadata", "name")) { ChartSource = chartSource });
        }

        return releases;
    }

    private static int? FirstTabIndentedLine(string text)
    {
        var lines = text.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var indentation = lines[i].Substring(0, lines[i].Length - lines[i].TrimStart(' ', '\t').Length);
            if (indentation.Contains('\t'))
            {
                return i + 1;
            }
        }

        return null;
    }

    private static string Flatten(string message) => message.Replace("\r", " ").Replace("\n", " ");

    private static YamlNode? Child(YamlNode node, params string[] path)
    {
        var current = node;
        foreach (var key in path)
        {
            if (current is not YamlMappingNode mapping || !mapping.Children.TryGetValue(new YamlScalarNode(key), out var next))
            {
                return null;
            }

            current = next;
        }

        return current;
    }

    private static string? Scalar(YamlNode node, params string[] path) => (Child(node, path) as YamlScalarNode)?.Value;
}
