using System.Collections.Generic;
using System.Linq;
using OpenCode.Manifests.Diagnostics;

namespace OpenCode.Manifests.Validation;

/// <summary>
/// OCM2024: a controller with no (non-init) container. The chart renders a workload whose pod template has no
/// containers, which the API server rejects — the whole release fails.
/// </summary>
public sealed class ControllerWithoutContainersRule : IValidationRule
{
    /// <inheritdoc />
    public IEnumerable<ManifestDiagnostic> Check(ValidationContext context) =>
        from app in context.Apps
        from controller in app.Release?.Workload.Controllers ?? new List<Graph.WorkloadController>()
        where !controller.Containers.Any(container => !container.IsInit)
        select new ManifestDiagnostic(DiagnosticCatalog.ControllerWithoutContainers,
            $"Controller '{controller.Id}' has no containers{(controller.Containers.Count > 0 ? " (only init containers)" : "")}; declare one with Container(id, image) or remove the controller.",
            app.LocateValue(controller.Path));
}
