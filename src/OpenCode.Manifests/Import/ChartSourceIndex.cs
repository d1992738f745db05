using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace OpenCode.Manifests.Import;

/// <summary>
/// The app-template OCIRepositories a release's <c>chartRef</c> may point at. Home-ops repositories keep them next
/// to the release (<c>app/ocirepository.yaml</c>) or share one (<c>flux/repositories/oci/app-template.yaml</c>,
/// a Kustomize component): the importer indexes every YAML file under the imported folder, or the imported file's
/// own folder, and a chartRef resolves to the nearest definition of that name (same file, then the deepest common
/// folder), so <c>main/</c> and <c>staging/</c> clusters that pin different versions each get their own.
/// </summary>
internal sealed class ChartSourceIndex
{
    private const string ChartName = "app-template";
    private readonly List<ChartSource> sources = new();

    /// <summary>Indexes the OCIRepositories of every <c>*.yaml</c>/<c>*.yml</c> file in <paramref name="files"/>.</summary>
    public static ChartSourceIndex FromFiles(IEnumerable<string> files)
    {
        var index = new ChartSourceIndex();
        foreach (var file in files)
        {
            string text;
            try
            {
                text = File.ReadAllText(file);
            }
            catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
            {
                continue;
            }

            index.Add(file, text);
        }

        return index;
    }

    /// <summary>Indexes the YAML files of the folder of <paramref name="file"/> (not below it).</summary>
    public static ChartSourceIndex FromFolderOf(string file)
    {
        var directory = Path.GetDirectoryName(Path.GetFullPath(file));
        return directory is null || !Directory.Exists(directory)
            ? new ChartSourceIndex()
            : FromFiles(Directory.EnumerateFiles(directory).Where(IsYaml).OrderBy(f => f, StringComparer.Ordinal));
    }

    /// <summary>True for a <c>.yaml</c>/<c>.yml</c> file name.</summary>
    public static bool IsYaml(string path) => path.EndsWith(".yaml", StringComparison.Ordinal) || path.EndsWith(".yml", StringComparison.Ordinal);

    /// <summary>Adds the app-template OCIRepositories of one file (a file that does not parse adds none: it is reported when imported).</summary>
    public void Add(string file, string text)
    {
        if (!text.Contains("OCIRepository", StringComparison.Ordinal))
        {
            return;
        }

        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(text));
        }
        catch (YamlException)
        {
            return;
        }

        var full = Path.GetFullPath(file);
        foreach (var document in stream.Documents.Select(d => d.RootNode).OfType<YamlMappingNode>())
        {
            if (YamlLookup.Scalar(document, "kind") != "OCIRepository"
                || YamlLookup.Scalar(document, "metadata", "name") is not { } name
                || YamlLookup.Scalar(document, "spec", "url")?.TrimEnd('/').EndsWith("/" + ChartName, StringComparison.Ordinal) != true)
            {
                continue;
            }

            var tag = YamlLookup.Scalar(document, "spec", "ref", "tag");
            var semver = YamlLookup.Scalar(document, "spec", "ref", "semver");
            var url = YamlLookup.Scalar(document, "spec", "url")!;
            var digest = YamlLookup.Scalar(document, "spec", "ref", "digest");
            var ns = YamlLookup.Scalar(document, "metadata", "namespace");
            sources.Add(tag is not null
                ? new ChartSource(full, name, ns, tag, "spec.ref.tag", url, digest)
                : new ChartSource(full, name, ns, semver, "spec.ref.semver", url, digest));
        }
    }

    /// <summary>True when an app-template OCIRepository called <paramref name="name"/> is indexed.</summary>
    public bool Contains(string name) => sources.Any(s => s.Name == name);

    /// <summary>
    /// The OCIRepository <paramref name="name"/> (in <paramref name="ns"/> when the chartRef names one) nearest to
    /// <paramref name="releaseFile"/>: the same file, else the one sharing the deepest folder with it; null when none.
    /// </summary>
    public ChartSource? Resolve(string releaseFile, string name, string? ns)
    {
        var full = Path.GetFullPath(releaseFile);
        return sources
            .Where(s => s.Name == name && (ns is null || s.Namespace is null || s.Namespace == ns))
            .OrderByDescending(s => s.File == full)
            .ThenByDescending(s => CommonFolderDepth(s.File, full))
            .ThenBy(s => s.File, StringComparer.Ordinal)
            .FirstOrDefault();
    }

    private static int CommonFolderDepth(string a, string b)
    {
        var left = (Path.GetDirectoryName(a) ?? "").Split(Path.DirectorySeparatorChar);
        var right = (Path.GetDirectoryName(b) ?? "").Split(Path.DirectorySeparatorChar);
        var depth = 0;
        while (depth < left.Length && depth < right.Length && left[depth] == right[depth])
        {
            depth++;
        }

        return depth;
    }
}
