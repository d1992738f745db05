using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using OpenCode.Manifests.Graph;

namespace OpenCode.Manifests.Import;

/// <summary>
/// The Secrets an imported release reads (env <c>secretKeyRef</c>, <c>envFrom</c>, secret volumes), as the chart will
/// run it: a hand-written release gets them from objects the importer does not turn into C# (an ExternalSecret next
/// to it, a SOPS file, another tool), so the generated app declares each with <c>app.ProvidedSecret(name)</c> and
/// says which file of the release's folder makes it, where one does.
/// </summary>
internal static class SecretsReadByRelease
{
    /// <summary>Each secret name the workload reads, sorted, with the file next to the release that makes it (or null).</summary>
    public static IReadOnlyList<(string Secret, string? MadeBy)> Of(Workload workload, string releaseFile)
    {
        var names = workload.Containers.SelectMany(c => c.Env.Select(e => e.SecretKey?.Secret).Concat(c.EnvFrom.Select(e => e.Secret)))
            .Concat(workload.Volumes.Where(v => v.Kind == WorkloadVolumeKind.Secret).Select(v => v.SourceName))
            .OfType<string>()
            .Distinct(StringComparer.Ordinal)
            .OrderBy(name => name, StringComparer.Ordinal)
            .ToList();
        if (names.Count == 0)
        {
            return Array.Empty<(string, string?)>();
        }

        var makers = SecretMakersNextTo(releaseFile);
        return names.Select(name => (name, makers.TryGetValue(name, out var file) ? file : null)).ToList();
    }

    /// <summary>Secret name → file name, for the ExternalSecrets and Secrets in the release's folder.</summary>
    private static Dictionary<string, string> SecretMakersNextTo(string releaseFile)
    {
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        var folder = Path.GetDirectoryName(Path.GetFullPath(releaseFile));
        if (folder is null || !Directory.Exists(folder))
        {
            return result;
        }

        foreach (var file in YamlFileDocuments.In(folder))
        {
            foreach (var document in YamlFileDocuments.Read(file))
            {
                var name = YamlLookup.Scalar(document, "kind") switch
                {
                    "ExternalSecret" => YamlLookup.Scalar(document, "spec", "target", "name") ?? YamlLookup.Scalar(document, "metadata", "name"),
                    "Secret" => YamlLookup.Scalar(document, "metadata", "name"),
                    _ => null,
                };
                if (name is not null)
                {
                    result.TryAdd(name, Path.GetFileName(file));
                }
            }
        }

        return result;
    }
}
