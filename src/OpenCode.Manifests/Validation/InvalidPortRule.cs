using System.Collections.Generic;
using System.Linq;
using OpenCode.Manifests.Constraints;
using OpenCode.Manifests.Diagnostics;

namespace OpenCode.Manifests.Validation;

/// <summary>
/// OCM2029: a service port outside 1–65535 (the API server rejects the Service, and the route has no backend).
/// </summary>
public sealed class InvalidPortRule : IValidationRule
{
    /// <inheritdoc />
    public IEnumerable<ManifestDiagnostic> Check(ValidationContext context)
    {
        foreach (var service in context.Apps.SelectMany(a => a.Builder.Services).Where(s => !ConstraintSyntax.IsPort(s.Port)))
        {
            yield return new ManifestDiagnostic("OCM2029", DiagnosticSeverity.Error,
                $"Service '{service.Id}' listens on port {service.Port}, which is not a TCP port; use 1 to 65535.",
                service.DeclaredAt);
        }
    }
}
