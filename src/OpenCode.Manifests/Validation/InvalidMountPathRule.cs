using System.Collections.Generic;
using System.Linq;
using OpenCode.Manifests.Constraints;
using OpenCode.Manifests.Diagnostics;
using OpenCode.Manifests.Graph;

namespace OpenCode.Manifests.Validation;

/// <summary>
/// OCM2027: a mount path that is not absolute, a subPath that leaves the volume, a secret file path that is not
/// relative, or a working directory that is not absolute: the kubelet refuses the pod.
/// </summary>
public sealed class InvalidMountPathRule : IValidationRule
{
    /// <inheritdoc />
    public IEnumerable<ManifestDiagnostic> Check(ValidationContext context)
    {
        foreach (var app in context.Apps)
        {
            var workload = app.Release?.Workload;
            if (workload is null)
            {
                continue;
            }

            var reported = new HashSet<ValuePath>();
            foreach (var container in workload.Containers)
            {
                foreach (var mount in container.Mounts.Where(m => reported.Add(m.Path)))
                {
                    // The kubelet cleans one trailing '/' ('/data/' mounts at '/data'), so real releases write it.
                    if (!ConstraintSyntax.IsAbsolutePath(mount.MountPath.Length > 1 ? mount.MountPath.TrimEnd('/') : mount.MountPath)
                        || mount.MountPath.EndsWith("//", System.StringComparison.Ordinal))
                    {
                        yield return Error($"Volume '{mount.VolumeId}' is mounted into container '{container.Id}' at '{mount.MountPath}', which is not an absolute path without '.', '..' or empty segments.", app.LocateValue(mount.Path));
                    }

                    if (mount.SubPath is not null && !ConstraintSyntax.IsRelativePath(mount.SubPath))
                    {
                        yield return Error($"Volume '{mount.VolumeId}' is mounted into container '{container.Id}' with subPath '{mount.SubPath}', which is not a relative path inside the volume (no leading '/', no '.', '..' or empty segments); use null for the volume root.", app.LocateValue(mount.Path));
                    }
                }

                if (container.WorkingDir is { } dir && !ConstraintSyntax.IsAbsolutePath(dir))
                {
                    yield return Error($"Container '{container.Id}' has working directory '{dir}', which is not an absolute path.", app.LocateValue(container.Path.Key("workingDir")));
                }
            }

            foreach (var volume in workload.Volumes)
            {
                foreach (var item in volume.Items.Where(i => !ConstraintSyntax.IsRelativePath(i.FilePath)))
                {
                    yield return Error($"Volume '{volume.Id}' writes key '{item.Key}' to '{item.FilePath}', which is not a relative file path inside the volume.", app.LocateValue(item.Path));
                }
            }
        }
    }

    private static ManifestDiagnostic Error(string message, SourceLocation at) => new(DiagnosticCatalog.InvalidMountPath, message, at);
}
