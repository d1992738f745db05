using System.Collections.Generic;
using System.Linq;
using OpenCode.Manifests.Constraints;
using OpenCode.Manifests.Diagnostics;
using OpenCode.Manifests.Graph;

namespace OpenCode.Manifests.Validation;

/// <summary>OCM2031: an emptyDir size limit that is not a Kubernetes quantity; the API server rejects the pod.</summary>
public sealed class InvalidSizeLimitRule : IValidationRule
{
    /// <inheritdoc />
    public IEnumerable<ManifestDiagnostic> Check(ValidationContext context) =>
        from app in context.Apps
        from volume in app.Release?.Workload.Volumes ?? new List<WorkloadVolume>()
        where volume.Kind == WorkloadVolumeKind.EmptyDir && volume.SizeLimit is not null
              && !Values.FluxPlaceholder.IsPlaceholder(volume.SizeLimit) && !ConstraintSyntax.IsKubernetesQuantity(volume.SizeLimit)
        select new ManifestDiagnostic(DiagnosticCatalog.InvalidSizeLimit,
            $"The size limit '{volume.SizeLimit}' of volume '{volume.Id}' is not a Kubernetes quantity; write e.g. '1Gi' or leave it null.",
            app.LocateValue(volume.Path.Key("sizeLimit")));
}
