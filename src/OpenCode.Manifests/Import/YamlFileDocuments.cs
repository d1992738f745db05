using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace OpenCode.Manifests.Import;

/// <summary>
/// The mapping documents of a YAML file next to the imported releases (a Flux Kustomization, an ExternalSecret, a
/// claim), read for what they tell about the cluster. A file that cannot be read or parsed tells nothing: it is the
/// releases' own files that are reported when they do not parse.
/// </summary>
internal static class YamlFileDocuments
{
    public static IReadOnlyList<YamlMappingNode> Read(string file)
    {
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(File.ReadAllText(file)));
        }
        catch (Exception exception) when (exception is YamlException or IOException or UnauthorizedAccessException)
        {
            return Array.Empty<YamlMappingNode>();
        }

        return stream.Documents.Select(d => d.RootNode).OfType<YamlMappingNode>().ToList();
    }

    /// <summary>The YAML files directly in <paramref name="folder"/>, or below it too, in ordinal order.</summary>
    public static IEnumerable<string> In(string folder, bool recursive = false) =>
        Directory.EnumerateFiles(folder, "*.*", recursive ? SearchOption.AllDirectories : SearchOption.TopDirectoryOnly)
            .Where(ChartSourceIndex.IsYaml)
            .OrderBy(f => f, StringComparer.Ordinal);
}
