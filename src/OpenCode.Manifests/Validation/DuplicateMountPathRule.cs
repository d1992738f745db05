using System.Collections.Generic;
using System.Linq;
using OpenCode.Manifests.Diagnostics;

namespace OpenCode.Manifests.Validation;

/// <summary>OCM2013: two mounts at one path of one container; Kubernetes rejects the pod.</summary>
public sealed class DuplicateMountPathRule : IValidationRule
{
    /// <inheritdoc />
    public IEnumerable<ManifestDiagnostic> Check(ValidationContext context)
    {
        foreach (var app in context.Apps)
        {
            foreach (var container in app.Release?.Workload.Containers ?? Enumerable.Empty<Graph.WorkloadContainer>())
            {
                foreach (var group in container.Mounts.GroupBy(m => m.MountPath.TrimEnd('/')))
                {
                    foreach (var duplicate in group.Skip(1))
                    {
                        yield return new ManifestDiagnostic(DiagnosticCatalog.DuplicateMountPath,
                            $"Container '{container.Id}' already has a mount at '{duplicate.MountPath}' (volume '{group.First().VolumeId}'); mount volume '{duplicate.VolumeId}' somewhere else.",
                            app.LocateValue(duplicate.Path));
                    }
                }
            }
        }
    }
}
