using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using YamlDotNet.RepresentationModel;

namespace OpenCode.Manifests.Import;

/// <summary>
/// What the imported folder says about its cluster, for the generated conventions: the Flux source and namespace its
/// Kustomizations use, the object they substitute variables from, the ExternalSecret store, the storage class, the
/// gateways the releases' routes attach to, the domains and domain variables their hostnames end in, and the
/// variables the releases use. Each is the most frequent value found (ties: the first in file order).
/// </summary>
internal sealed class ClusterFacts
{
    private static readonly Regex Variable = new(@"\$\{([A-Za-z_][A-Za-z0-9_]*)\}", RegexOptions.CultureInvariant);
    private readonly List<(string Kind, string Name)> sources = new();
    private readonly List<string> fluxNamespaces = new();
    private readonly List<(string Kind, string Name)> substituteFrom = new();
    private readonly List<(string Kind, string Name)> secretStores = new();
    private readonly List<string> storageClasses = new();
    private readonly List<(string Name, string Namespace, string? Section)> gateways = new();
    private readonly List<string> hostnames = new();
    private readonly List<string> variables = new();
    private readonly List<string> annotations = new();

    /// <summary>Reads every YAML file under <paramref name="root"/> (a file: its folder) and the releases' values.</summary>
    public static ClusterFacts Gather(string root, IEnumerable<ReleaseDocument> releases)
    {
        var facts = new ClusterFacts();
        var folder = Directory.Exists(root) ? root : Path.GetDirectoryName(Path.GetFullPath(root)) ?? ".";
        foreach (var document in YamlFileDocuments.In(folder, recursive: true).SelectMany(YamlFileDocuments.Read))
        {
            facts.Read(document);
        }

        foreach (var release in releases)
        {
            facts.ReadValues(release.Values);
        }

        return facts;
    }

    public (string Kind, string Name)? Source => sources.Count == 0 ? null : ByFrequency(sources)[0];

    public string? FluxNamespace => fluxNamespaces.Count == 0 ? null : ByFrequency(fluxNamespaces)[0];

    public (string Kind, string Name)? SubstituteFrom => substituteFrom.Count == 0 ? null : ByFrequency(substituteFrom)[0];

    public (string Kind, string Name)? SecretStore => secretStores.Count == 0 ? null : ByFrequency(secretStores)[0];

    public string? StorageClass => storageClasses.Count == 0 ? null : ByFrequency(storageClasses)[0];

    /// <summary>The gateways routes attach to, the most used first.</summary>
    public IReadOnlyList<(string Name, string Namespace, string? Section)> Gateways => ByFrequency(gateways);

    /// <summary>The domain variables hostnames end in (<c>${CLUSTER_DOMAIN}</c>), the most used first.</summary>
    public IReadOnlyList<string> DomainVariables => ByFrequency(hostnames
        .Select(host => (host, match: Variable.Match(host)))
        .Where(pair => pair.match.Success && pair.host.EndsWith(pair.match.Value, StringComparison.Ordinal))
        .Select(pair => pair.match.Groups[1].Value)
        .ToList());

    /// <summary>The literal domains hostnames end in (their last two labels), the most used first.</summary>
    public IReadOnlyList<string> LiteralDomains => ByFrequency(hostnames
        .Where(h => !h.Contains("${", StringComparison.Ordinal))
        .Select(h => h.Split('.'))
        .Where(labels => labels.Length >= 2)
        .Select(labels => labels[^2] + "." + labels[^1])
        .ToList());

    /// <summary>Every Flux variable the releases use, sorted.</summary>
    public IReadOnlyList<string> Variables => variables.Distinct(StringComparer.Ordinal).OrderBy(v => v, StringComparer.Ordinal).ToList();

    /// <summary>True when a release carries Stakater Reloader's annotation.</summary>
    public bool UsesReloader => annotations.Contains("reloader.stakater.com/auto");

    private void Read(YamlMappingNode document)
    {
        var kind = YamlLookup.Scalar(document, "kind");
        var apiVersion = YamlLookup.Scalar(document, "apiVersion") ?? "";
        if (kind == "Kustomization" && apiVersion.StartsWith("kustomize.toolkit.fluxcd.io/", StringComparison.Ordinal))
        {
            Add(sources, YamlLookup.Scalar(document, "spec", "sourceRef", "kind"), YamlLookup.Scalar(document, "spec", "sourceRef", "name"));
            if (YamlLookup.Scalar(document, "metadata", "namespace") is { } ns)
            {
                fluxNamespaces.Add(ns);
            }

            if (YamlLookup.Child(document, "spec", "postBuild", "substituteFrom") is YamlSequenceNode from)
            {
                foreach (var item in from.Children.OfType<YamlMappingNode>())
                {
                    Add(substituteFrom, YamlLookup.Scalar(item, "kind"), YamlLookup.Scalar(item, "name"));
                }
            }
        }
        else if (kind == "ExternalSecret")
        {
            Add(secretStores, YamlLookup.Scalar(document, "spec", "secretStoreRef", "kind"), YamlLookup.Scalar(document, "spec", "secretStoreRef", "name"));
        }
        else if (kind == "PersistentVolumeClaim" && YamlLookup.Scalar(document, "spec", "storageClassName") is { } storageClass)
        {
            storageClasses.Add(storageClass);
        }
    }

    private void ReadValues(YamlMappingNode values)
    {
        foreach (var scalar in Scalars(values))
        {
            variables.AddRange(Variable.Matches(scalar).Select(m => m.Groups[1].Value));
        }

        if (YamlLookup.Child(values, "route") is YamlMappingNode routes)
        {
            foreach (var route in routes.Children.Values.OfType<YamlMappingNode>())
            {
                if (YamlLookup.Child(route, "parentRefs") is YamlSequenceNode parents)
                {
                    foreach (var parent in parents.Children.OfType<YamlMappingNode>())
                    {
                        if (YamlLookup.Scalar(parent, "name") is { } name && YamlLookup.Scalar(parent, "namespace") is { } ns)
                        {
                            gateways.Add((name, ns, YamlLookup.Scalar(parent, "sectionName")));
                        }
                    }
                }

                if (YamlLookup.Child(route, "hostnames") is YamlSequenceNode hosts)
                {
                    hostnames.AddRange(hosts.Children.OfType<YamlScalarNode>().Select(h => h.Value).OfType<string>());
                }
            }
        }

        if (YamlLookup.Child(values, "controllers") is YamlMappingNode controllers)
        {
            foreach (var controller in controllers.Children.Values.OfType<YamlMappingNode>())
            {
                if (YamlLookup.Child(controller, "annotations") is YamlMappingNode map)
                {
                    annotations.AddRange(map.Children.Keys.OfType<YamlScalarNode>().Select(k => k.Value).OfType<string>());
                }
            }
        }
    }

    private static IEnumerable<string> Scalars(YamlNode node) => node switch
    {
        YamlScalarNode { Value: { } value } => new[] { value },
        YamlMappingNode mapping => mapping.Children.SelectMany(entry => Scalars(entry.Key).Concat(Scalars(entry.Value))),
        YamlSequenceNode sequence => sequence.Children.SelectMany(Scalars),
        _ => Array.Empty<string>(),
    };

    private static void Add(List<(string, string)> list, string? kind, string? name)
    {
        if (kind is not null && name is not null)
        {
            list.Add((kind, name));
        }
    }

    private static List<T> ByFrequency<T>(IReadOnlyList<T> values) => values
        .Select((value, index) => (value, index))
        .GroupBy(pair => pair.value)
        .OrderByDescending(group => group.Count())
        .ThenBy(group => group.First().index)
        .Select(group => group.Key)
        .ToList();
}
