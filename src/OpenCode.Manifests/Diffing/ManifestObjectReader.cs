using System;
using System.Collections.Generic;
using System.IO;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace OpenCode.Manifests.Diffing;

/// <summary>
/// Reads the objects of one file of the tree and names the app they belong to from the file's place:
/// <c>&lt;apps&gt;/&lt;namespace&gt;/&lt;app&gt;/…</c> belongs to <c>namespace/app</c>, a file directly in a namespace
/// folder to the namespace. A file that is not readable YAML counts as one object of kind <c>File</c> holding its text.
/// </summary>
public static class ManifestObjectReader
{
    /// <summary>The objects of a file.</summary>
    /// <param name="relativePath">The file's path relative to the output root, with <c>/</c>.</param>
    /// <param name="text">Its text.</param>
    /// <param name="appsPath">The conventions' apps folder (<c>kubernetes/apps</c>).</param>
    public static IReadOnlyList<ManifestObject> Read(string relativePath, string text, string appsPath)
    {
        ArgumentNullException.ThrowIfNull(relativePath);
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(appsPath);
        var app = AppOf(relativePath, appsPath);
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(text));
        }
        catch (YamlException)
        {
            return new[] { new ManifestObject(app, "File", relativePath, new YamlScalarNode(text)) };
        }

        var objects = new List<ManifestObject>();
        foreach (var document in stream.Documents)
        {
            if (document.RootNode is not YamlMappingNode root)
            {
                continue; // an empty document (a lone ---)
            }

            var kind = Scalar(root, "kind") ?? "(no kind)";
            var metadata = Child(root, "metadata") as YamlMappingNode;
            var name = (metadata is null ? null : Scalar(metadata, "name")) ?? relativePath;
            var ns = metadata is null ? null : Scalar(metadata, "namespace");
            objects.Add(new ManifestObject(app, kind, ns is null ? name : ns + "/" + name, root));
        }

        return objects;
    }

    private static string AppOf(string relativePath, string appsPath)
    {
        var prefix = appsPath.TrimEnd('/') + "/";
        if (!relativePath.StartsWith(prefix, StringComparison.Ordinal))
        {
            return "(outside " + appsPath + ")";
        }

        var parts = relativePath[prefix.Length..].Split('/');
        return parts.Length switch
        {
            <= 2 => parts[0],
            _ => parts[0] + "/" + parts[1],
        };
    }

    private static YamlNode? Child(YamlMappingNode mapping, string key) =>
        mapping.Children.TryGetValue(new YamlScalarNode(key), out var value) ? value : null;

    private static string? Scalar(YamlMappingNode mapping, string key) => (Child(mapping, key) as YamlScalarNode)?.Value;
}
