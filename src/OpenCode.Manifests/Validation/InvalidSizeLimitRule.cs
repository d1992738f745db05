using System.Collections.Generic;
using System.Linq;
using OpenCode.Manifests.Composition;
using OpenCode.Manifests.Constraints;
using OpenCode.Manifests.Diagnostics;

namespace OpenCode.Manifests.Validation;

/// <summary>
/// OCM2031: a scratch volume's size limit that is not a Kubernetes quantity. It is written into the release values
/// as-is and the API server rejects the pod. Constants are caught by OCM1106.
/// </summary>
public sealed class InvalidSizeLimitRule : IValidationRule
{
    /// <inheritdoc />
    public IEnumerable<ManifestDiagnostic> Check(ValidationContext context) =>
        context.Apps
            .SelectMany(a => a.Builder.Volumes)
            .Where(v => v.Source == VolumeSource.EmptyDir && v.SizeLimit is not null && !ConstraintSyntax.IsKubernetesQuantity(v.SizeLimit))
            .Select(v => new ManifestDiagnostic("OCM2031", DiagnosticSeverity.Error,
                $"The size limit '{v.SizeLimit}' of volume '{v.Id}' is not a Kubernetes quantity; write e.g. '1Gi' or leave it null.",
                v.DeclaredAt));
}
