using System.Collections.Generic;
using System.Linq;
using OpenCode.Manifests.Diagnostics;

namespace OpenCode.Manifests.Validation;

/// <summary>
/// OCM2024: a controller with no (non-init) container. The chart renders a Deployment whose pod template has no
/// containers, which the API server rejects — the whole release fails.
/// </summary>
public sealed class ControllerWithoutContainersRule : IValidationRule
{
    /// <inheritdoc />
    public IEnumerable<ManifestDiagnostic> Check(ValidationContext context) =>
        context.Apps
            .SelectMany(a => a.Builder.Controllers)
            .Where(c => !c.Containers.Any(container => !container.IsInit))
            .Select(c => new ManifestDiagnostic("OCM2024", DiagnosticSeverity.Error,
                $"Controller '{c.Id}' has no containers{(c.Containers.Count > 0 ? " (only init containers)" : "")}; declare one with Container(id, image) or remove the controller.",
                c.DeclaredAt));
}
