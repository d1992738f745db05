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
/// <c>ks.yaml</c>), and each app's own folder <c>&lt;apps&gt;/&lt;ns&gt;/&lt;app&gt;/</c> as the app composed it.
/// </summary>
public static class FluxTreeLayout
{
    /// <summary>The files of the tree, sorted by path.</summary>
    public static IReadOnlyList<ManifestFile> Build(ResourceGraph graph)
    {
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
                files.AddRange(app.Files.Select(file => new ManifestFile($"{nsFolder}/{app.Name}/{file.RelativePath}", file.Documents, file.SchemaUrl, app.DeclaredAt)));
            }
        }

        return files.OrderBy(f => f.RelativePath, StringComparer.Ordinal).ToList();
    }
}
