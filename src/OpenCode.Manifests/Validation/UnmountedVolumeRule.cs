using System.Collections.Generic;
using System.Linq;
using OpenCode.Manifests.Diagnostics;

namespace OpenCode.Manifests.Validation;

/// <summary>
/// OCM2014: a volume mounted into no container. The chart would create it and mount nothing, and whatever the
/// author meant to keep on it goes to the container's ephemeral layer.
/// </summary>
public sealed class UnmountedVolumeRule : IValidationRule
{
    /// <inheritdoc />
    public IEnumerable<ManifestDiagnostic> Check(ValidationContext context) =>
        context.Apps
            .SelectMany(a => a.Builder.Volumes)
            .Where(v => v.Mounts.Count == 0)
            .Select(v => new ManifestDiagnostic("OCM2014", DiagnosticSeverity.Error,
                $"Volume '{v.Id}' is mounted into no container; call MountInto(container, path) or remove it.",
                v.DeclaredAt));
}
