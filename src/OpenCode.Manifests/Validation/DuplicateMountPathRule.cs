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
            var mounts = app.Builder.Volumes.SelectMany(v => v.Mounts);
            foreach (var group in mounts.GroupBy(m => (m.Container, Path: m.Path.TrimEnd('/'))))
            {
                foreach (var duplicate in group.Skip(1))
                {
                    yield return new ManifestDiagnostic("OCM2013", DiagnosticSeverity.Error,
                        $"Container '{duplicate.Container.Id}' already has a mount at '{duplicate.Path}' (volume '{group.First().Volume.Id}'); mount volume '{duplicate.Volume.Id}' somewhere else.",
                        duplicate.DeclaredAt);
                }
            }
        }
    }
}
