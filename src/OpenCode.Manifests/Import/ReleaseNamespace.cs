using System;
using System.IO;
using System.Linq;

namespace OpenCode.Manifests.Import;

/// <summary>
/// The namespace an imported release runs in, which names its app's folder: <c>metadata.namespace</c>; else the
/// <c>targetNamespace</c> of the Flux Kustomization that applies the release's folder (a <c>ks.yaml</c> one or two
/// folders up whose <c>spec.path</c> is that folder); else the folder under <c>apps/</c>
/// (<c>apps/&lt;namespace&gt;/&lt;app&gt;/app</c>, the home-ops layout); else <c>default</c>, as kubectl would.
/// </summary>
internal static class ReleaseNamespace
{
    public static string Of(ReleaseDocument document)
    {
        if (document.Namespace is { Length: > 0 } declared)
        {
            return declared;
        }

        var folder = Path.GetDirectoryName(Path.GetFullPath(document.File))!.Replace('\\', '/');
        var candidate = Path.GetDirectoryName(folder);
        for (var level = 0; level < 2 && candidate is not null; level++, candidate = Path.GetDirectoryName(candidate))
        {
            if (TargetNamespaceIn(candidate, folder) is { } target)
            {
                return target;
            }
        }

        var segments = folder.Split('/');
        var apps = Array.LastIndexOf(segments, "apps");
        return apps >= 0 && apps + 2 < segments.Length ? segments[apps + 1] : "default";
    }

    private static string? TargetNamespaceIn(string directory, string releaseFolder)
    {
        foreach (var root in YamlFileDocuments.In(directory).SelectMany(YamlFileDocuments.Read))
        {
            if (YamlLookup.Scalar(root, "kind") == "Kustomization"
                && YamlLookup.Scalar(root, "apiVersion")?.StartsWith("kustomize.toolkit.fluxcd.io/", StringComparison.Ordinal) == true
                && YamlLookup.Scalar(root, "spec", "path") is { } path
                && path.TrimStart('.', '/').TrimEnd('/') is { Length: > 0 } relative
                && releaseFolder.EndsWith("/" + relative, StringComparison.Ordinal)
                && YamlLookup.Scalar(root, "spec", "targetNamespace") is { Length: > 0 } target && !target.Contains("${", StringComparison.Ordinal))
            {
                return target;
            }
        }

        return null;
    }
}
