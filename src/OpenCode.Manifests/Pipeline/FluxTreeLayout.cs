using System;
using System.Collections.Generic;
using System.Linq;
using OpenCode.Manifests.Conventions;
using OpenCode.Manifests.Graph;
using OpenCode.Manifests.Kubernetes;
using OpenCode.Manifests.Resources.Kustomize;
using OpenCode.Manifests.Values;

namespace OpenCode.Manifests.Pipeline;

/// <summary>
/// Lays the composed apps out as the Flux directory tree: per namespace
/// <c>&lt;apps&gt;/&lt;ns&gt;/{kustomization,namespace}.yaml</c> (the kustomization lists the namespace and each app's
/// <c>ks.yaml</c>), and each app's own folder <c>&lt;apps&gt;/&lt;ns&gt;/&lt;app&gt;/</c> as the app composed it, its
/// <c>app/kustomization.yaml</c> also listing the manifests placed there by hand.
/// </summary>
public static class FluxTreeLayout
{
    private const string AppKustomization = "app/kustomization.yaml";

    /// <summary>The files of the tree, sorted by path.</summary>
    public static IReadOnlyList<ManifestFile> Build(ResourceGraph graph) => Build(graph, NoHandWrittenManifests.Instance);

    /// <summary>The files of the tree, sorted by path, with the hand-written manifests of each app folder listed.</summary>
    public static IReadOnlyList<ManifestFile> Build(ResourceGraph graph, IHandWrittenManifests handWritten)
    {
        ArgumentNullException.ThrowIfNull(graph);
        ArgumentNullException.ThrowIfNull(handWritten);
        var files = new List<ManifestFile>();
        foreach (var group in graph.Apps.GroupBy(a => a.Namespace).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var nsFolder = $"{graph.Conventions.AppsPath}/{group.Key}";
            var first = group.First();
            var namespaceObject = new V1Namespace
            {
                Metadata = new V1ObjectMeta
                {
                    Name = group.Key,
                    // Flux must never delete the namespace (and everything in it) when one app is removed.
                    Annotations = new Dictionary<string, string> { ["kustomize.toolkit.fluxcd.io/prune"] = "disabled" },
                    // The API server admits only pods that meet this level (the rules check every container against it).
                    Labels = new Dictionary<string, string> { [PodSecurityLabels.Enforce] = PodSecurityLabels.Value(graph.Conventions.PodSecurity) },
                },
            };
            files.Add(new ManifestFile($"{nsFolder}/namespace.yaml", new IYamlWritable[] { namespaceObject }, SchemaUrls.Namespace, first.DeclaredAt));

            var appsInNamespace = group.OrderBy(a => a.Name, StringComparer.Ordinal).ToList();
            var nsResources = new List<string> { "./namespace.yaml" };
            nsResources.AddRange(appsInNamespace.Select(a => $"./{a.Name}/ks.yaml"));
            files.Add(new ManifestFile(
                $"{nsFolder}/kustomization.yaml",
                new IYamlWritable[] { new KustomizeKustomization { Resources = nsResources } },
                SchemaUrls.KustomizeKustomization,
                first.DeclaredAt));

            foreach (var app in appsInNamespace)
            {
                var appFolder = $"{nsFolder}/{app.Name}";
                var emitted = app.Files.Select(f => f.RelativePath).ToHashSet(StringComparer.Ordinal);
                var extra = handWritten.FilesIn(appFolder + "/app").Where(name => !emitted.Contains("app/" + name)).ToList();
                files.AddRange(app.Files.Select(file => new ManifestFile(
                    $"{appFolder}/{file.RelativePath}",
                    file.RelativePath == AppKustomization && extra.Count > 0 ? WithResources(file.Documents, extra) : file.Documents,
                    file.SchemaUrl,
                    app.DeclaredAt)));
            }
        }

        return files.OrderBy(f => f.RelativePath, StringComparer.Ordinal).ToList();
    }

    /// <summary>The app's kustomization with the hand-written files appended to its resources (after the generated ones).</summary>
    private static List<IYamlWritable> WithResources(IReadOnlyList<IYamlWritable> documents, IReadOnlyList<string> names) =>
        documents.Select(document => document is KustomizeKustomization kustomization
            ? kustomization with { Resources = (kustomization.Resources ?? new List<string>()).Concat(names.Select(n => "./" + n)).ToList() }
            : document).ToList();

    private sealed class NoHandWrittenManifests : IHandWrittenManifests
    {
        public static readonly NoHandWrittenManifests Instance = new();

        public IReadOnlyList<string> FilesIn(string folder) => Array.Empty<string>();
    }
}
