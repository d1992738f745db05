using System.Collections.Generic;
using System.Linq;
using OpenCode.Manifests.Diagnostics;
using OpenCode.Manifests.Graph;

namespace OpenCode.Manifests.Validation;

/// <summary>
/// OCM2020: in a container with a read-only root filesystem, <c>HOME</c> and the XDG base directories must lie on
/// a writable mount. Otherwise programs (OpenCode, git) fail the first time they write config, state or cache.
/// </summary>
public sealed class HomeNotWritableRule : IValidationRule
{
    /// <summary>The variables naming folders a program writes to.</summary>
    public static readonly IReadOnlyList<string> WritableVariables = new[] { "HOME", "XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_STATE_HOME", "XDG_CACHE_HOME" };

    /// <inheritdoc />
    public IEnumerable<ManifestDiagnostic> Check(ValidationContext context)
    {
        foreach (var app in context.Apps)
        {
            foreach (var container in app.Release?.Workload.Containers ?? Enumerable.Empty<WorkloadContainer>())
            {
                if (container.SecurityContext?.ReadOnlyRootFilesystem is not { IsTrue: true })
                {
                    continue;
                }

                foreach (var entry in container.Env.Where(e => WritableVariables.Contains(e.Name) && e.Literal is not null))
                {
                    var covering = Covering(container.Mounts, entry.Literal!);
                    if (covering is null)
                    {
                        yield return new ManifestDiagnostic(DiagnosticCatalog.HomeNotWritable,
                            $"{entry.Name}='{entry.Literal}' in container '{container.Id}' is on no mount, and the root filesystem is read-only; mount a volume there (or at a parent folder).",
                            app.LocateValue(entry.Path));
                    }
                    else if (covering.ReadOnly)
                    {
                        yield return new ManifestDiagnostic(DiagnosticCatalog.HomeNotWritable,
                            $"{entry.Name}='{entry.Literal}' in container '{container.Id}' is on the read-only mount of volume '{covering.VolumeId}' at '{covering.MountPath}'; mount it writable or point {entry.Name} at a writable folder.",
                            app.LocateValue(covering.Path));
                    }
                }
            }
        }
    }

    /// <summary>The deepest mount whose path contains <paramref name="path"/>.</summary>
    public static WorkloadMount? Covering(IEnumerable<WorkloadMount> mounts, string path)
    {
        var target = path.TrimEnd('/');
        return mounts
            .Where(m =>
            {
                var mountPath = m.MountPath.TrimEnd('/');
                return target == mountPath || target.StartsWith(mountPath + "/", System.StringComparison.Ordinal);
            })
            .OrderByDescending(m => m.MountPath.TrimEnd('/').Length)
            .FirstOrDefault();
    }
}
