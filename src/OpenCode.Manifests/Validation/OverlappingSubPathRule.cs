using System.Collections.Generic;
using System.Linq;
using OpenCode.Manifests.Diagnostics;

namespace OpenCode.Manifests.Validation;

/// <summary>
/// OCM2012: two mounts of one volume into one container whose folders overlap (one is the volume root, or one
/// subPath is inside the other) show the same files at two paths — the seed's mistake that put auth.json inside
/// the git work tree.
/// </summary>
public sealed class OverlappingSubPathRule : IValidationRule
{
    /// <inheritdoc />
    public IEnumerable<ManifestDiagnostic> Check(ValidationContext context)
    {
        foreach (var app in context.Apps)
        {
            foreach (var container in app.Release?.Workload.Containers ?? Enumerable.Empty<Graph.WorkloadContainer>())
            {
                foreach (var group in container.Mounts.GroupBy(m => m.VolumeId))
                {
                    var mounts = group.ToList();
                    for (var i = 0; i < mounts.Count; i++)
                    {
                        for (var j = 0; j < i; j++)
                        {
                            if (Overlap(mounts[i].SubPath, mounts[j].SubPath))
                            {
                                yield return new ManifestDiagnostic(DiagnosticCatalog.OverlappingMounts,
                                    $"Volume '{group.Key}' is mounted into container '{container.Id}' at '{mounts[j].MountPath}' ({Describe(mounts[j].SubPath)}) and again at '{mounts[i].MountPath}' ({Describe(mounts[i].SubPath)}); the folders overlap, so the same files appear twice. Give each mount its own, disjoint subPath.",
                                    app.LocateValue(mounts[i].Path));
                            }
                        }
                    }
                }
            }
        }
    }

    private static bool Overlap(string? a, string? b)
    {
        var x = Normalize(a);
        var y = Normalize(b);
        return x.Length == 0 || y.Length == 0 || x == y || x.StartsWith(y + "/", System.StringComparison.Ordinal) || y.StartsWith(x + "/", System.StringComparison.Ordinal);
    }

    private static string Normalize(string? subPath) => (subPath ?? "").Trim('/');

    private static string Describe(string? subPath) => string.IsNullOrEmpty(subPath) ? "the volume root" : $"subPath '{subPath}'";
}
