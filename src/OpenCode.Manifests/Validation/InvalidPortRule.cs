using System.Collections.Generic;
using System.Linq;
using OpenCode.Manifests.Constraints;
using OpenCode.Manifests.Diagnostics;

namespace OpenCode.Manifests.Validation;

/// <summary>OCM2029: a service port outside 1–65535; the API server rejects the Service.</summary>
public sealed class InvalidPortRule : IValidationRule
{
    /// <inheritdoc />
    public IEnumerable<ManifestDiagnostic> Check(ValidationContext context) =>
        from app in context.Apps
        from service in app.Release?.Workload.Services ?? new List<Graph.WorkloadService>()
        from port in service.Ports
        where port.Port is { IsInteger: true } number && !ConstraintSyntax.IsPort(number.IntegerValue)
        select new ManifestDiagnostic(DiagnosticCatalog.InvalidPort,
            $"Service '{service.Id}' listens on port {port.Port}, which is not a TCP port; use 1 to 65535.",
            app.LocateValue(port.Path));
}
