using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using OpenCode.Manifests.Kubernetes;
using OpenCode.Manifests.Conventions;
using OpenCode.Manifests.Resources;
using OpenCode.Manifests.Resources.Flux;
using OpenCode.Manifests.Resources.Kustomize;
using OpenCode.Manifests.Values;

namespace OpenCode.Manifests.Graph;

/// <summary>
/// Lays composed apps out as the Flux directory tree:
/// <c>&lt;apps&gt;/&lt;ns&gt;/{kustomization,namespace}.yaml</c>, <c>&lt;apps&gt;/&lt;ns&gt;/&lt;app&gt;/ks.yaml</c> and
/// <c>&lt;apps&gt;/&lt;ns&gt;/&lt;app&gt;/app/{kustomization,ocirepository,helmrelease,externalsecret}.yaml</c>.
/// Every cross-file name and path (ks.yaml's path and health check, the kustomization lists, the VolSync
/// template's relative path) is derived here from the objects themselves.
/// </summary>
public static class FluxTreeBuilder
{
    /// <summary>The files for <paramref name="apps"/>, sorted by path.</summary>
    public static IReadOnlyList<ManifestFile> Build(IReadOnlyList<FluxApp> apps, ClusterConventions conventions)
    {
        var files = new List<ManifestFile>();
        foreach (var group in apps.GroupBy(a => a.Namespace).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var nsFolder = $"{conventions.AppsPath}/{group.Key}";
            var first = group.First();
            var namespaceObject = new V1Namespace
            {
                Metadata = new V1ObjectMeta
                {
                    Name = group.Key,
                    // Flux must never delete the namespace (and everything in it) when one app is removed.
                    Annotations = new Dictionary<string, string> { ["kustomize.toolkit.fluxcd.io/prune"] = "disabled" },
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
                files.AddRange(AppFiles(app, nsFolder, conventions));
            }
        }

        return files.OrderBy(f => f.RelativePath, StringComparer.Ordinal).ToList();
    }

    private static IEnumerable<ManifestFile> AppFiles(FluxApp app, string nsFolder, ClusterConventions conventions)
    {
        var appFolder = $"{nsFolder}/{app.Name}/app";
        var at = app.DeclaredAt;

        var resources = new List<string>();
        if (app.ExternalSecrets.Count > 0)
        {
            resources.Add("./externalsecret.yaml");
        }

        resources.Add("./helmrelease.yaml");
        resources.Add("./ocirepository.yaml");
        List<string>? components = null;
        if (app.UsesVolSync)
        {
            var template = RelativeFolder(appFolder, conventions.VolSync.Path);
            if (conventions.VolSync.Form == VolSyncTemplateForm.Component)
            {
                components = new List<string> { template };
            }
            else
            {
                resources.Add(template);
            }
        }

        yield return new ManifestFile(
            $"{appFolder}/kustomization.yaml",
            new IYamlWritable[] { new KustomizeKustomization { Resources = resources, Components = components } },
            SchemaUrls.KustomizeKustomization,
            at);

        if (app.ExternalSecrets.Count > 0)
        {
            yield return new ManifestFile($"{appFolder}/externalsecret.yaml", app.ExternalSecrets.Cast<IYamlWritable>().ToList(), SchemaUrls.ExternalSecret, at);
        }

        yield return new ManifestFile($"{appFolder}/helmrelease.yaml", new IYamlWritable[] { app.Release }, SchemaUrls.AppTemplateHelmRelease, at);
        yield return new ManifestFile($"{appFolder}/ocirepository.yaml", new IYamlWritable[] { app.ChartSource }, SchemaUrls.OciRepository, at);
        yield return new ManifestFile($"{nsFolder}/{app.Name}/ks.yaml", new IYamlWritable[] { FluxKustomizationFor(app, appFolder, conventions) }, SchemaUrls.FluxKustomization, at);
    }

    private static FluxKustomization FluxKustomizationFor(FluxApp app, string appFolder, ClusterConventions conventions)
    {
        List<SubstituteReference>? substituteFrom = null;
        if (conventions.ClusterSubstitution.Kind is { } kind && conventions.ClusterSubstitution.Name is { } name)
        {
            substituteFrom = new List<SubstituteReference> { new() { Kind = kind, Name = name } };
        }

        return new FluxKustomization
        {
            Metadata = new V1ObjectMeta { Name = app.Name, Namespace = conventions.FluxNamespace },
            Spec = new FluxKustomizationSpec
            {
                TargetNamespace = app.Namespace,
                CommonMetadata = new CommonMetadata { Labels = new Dictionary<string, string> { ["app.kubernetes.io/name"] = app.Name } },
                DependsOn = conventions.DependsOn.Count == 0
                    ? null
                    : conventions.DependsOn.Select(d => new NamespacedObjectReference { Name = d }).ToList(),
                Path = "./" + appFolder,
                Prune = true,
                SourceRef = new CrossNamespaceObjectReference { Kind = conventions.Source.Kind, Name = conventions.Source.Name },
                Wait = false,
                HealthChecks = new List<HealthCheckReference>
                {
                    new()
                    {
                        ApiVersion = app.Release.ApiVersion,
                        Kind = app.Release.Kind,
                        Name = app.Release.Name,
                        Namespace = app.Namespace,
                    },
                },
                Interval = "30m",
                RetryInterval = "1m",
                Timeout = "5m",
                PostBuild = new PostBuild
                {
                    Substitute = app.Substitutions.Count == 0 ? null : new Dictionary<string, string>(app.Substitutions),
                    SubstituteFrom = substituteFrom,
                },
            },
        };
    }

    /// <summary>The path from one repository folder to another, with <c>/</c> (kustomize wants relative paths).</summary>
    internal static string RelativeFolder(string fromFolder, string toFolder)
    {
        var from = fromFolder.Split('/', StringSplitOptions.RemoveEmptyEntries);
        var to = toFolder.Split('/', StringSplitOptions.RemoveEmptyEntries);
        var common = 0;
        while (common < from.Length && common < to.Length && from[common] == to[common])
        {
            common++;
        }

        var parts = Enumerable.Repeat("..", from.Length - common).Concat(to.Skip(common));
        return string.Join("/", parts);
    }
}
