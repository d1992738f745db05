using System.Collections.Generic;
using System.Linq;
using OpenCode.Manifests.Diagnostics;

namespace OpenCode.Manifests.Validation;

/// <summary>
/// OCM2061: a route attaches to a gateway (name, namespace) that the cluster conventions name neither as their
/// <c>Gateway</c> nor among their <c>OtherGateways</c>. Such a route is never accepted when the gateway does not exist,
/// and the build cannot tell whether the internet reaches it: list the gateway in the conventions, saying whether it
/// is public.
/// </summary>
public sealed class UnknownGatewayRule : IValidationRule
{
    /// <inheritdoc />
    public IEnumerable<ManifestDiagnostic> Check(ValidationContext context) =>
        from app in context.Apps
        from route in app.Release?.Workload.Routes ?? new List<Graph.WorkloadRoute>()
        from parent in route.ParentRefs
        let @namespace = parent.Namespace ?? app.Namespace
        where context.Conventions.FindGateway(parent.Name, @namespace) is null
        select new ManifestDiagnostic(DiagnosticCatalog.UnknownGateway,
            $"Route '{route.Id}' of '{app.Name}' attaches to gateway '{parent.Name}' in namespace '{@namespace}', which the cluster conventions do not name (known: {string.Join(", ", context.Conventions.Gateways.Select(g => g.Namespace + "/" + g.Name))}); add it to OtherGateways with IsPublic saying whether the internet reaches it.",
            app.LocateValue(parent.Path));
}
