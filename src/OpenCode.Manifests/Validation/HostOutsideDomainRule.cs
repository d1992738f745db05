using System.Collections.Generic;
using System.Linq;
using OpenCode.Manifests.Constraints;
using OpenCode.Manifests.Diagnostics;

namespace OpenCode.Manifests.Validation;

/// <summary>
/// OCM2022: every route hostname must be DNS labels followed by the cluster's domain variable
/// (<c>flux.opencode.${SECRET_DOMAIN}</c>). A hostname outside it is not served by the gateway's certificate and
/// listener, and one with an invalid label is rejected by the API server.
/// </summary>
public sealed class HostOutsideDomainRule : IValidationRule
{
    /// <inheritdoc />
    public IEnumerable<ManifestDiagnostic> Check(ValidationContext context)
    {
        var suffix = ".${" + context.Conventions.DomainVariable + "}";
        foreach (var route in context.Apps.SelectMany(a => a.Builder.Routes))
        {
            foreach (var hostname in route.Hostnames)
            {
                if (!hostname.EndsWith(suffix, System.StringComparison.Ordinal))
                {
                    yield return new ManifestDiagnostic("OCM2022", DiagnosticSeverity.Error,
                        $"Route '{route.Id}' answers for '{hostname}', which is outside the cluster domain '${{{context.Conventions.DomainVariable}}}'; write the host labels only and let the route add '{suffix}'.",
                        route.DeclaredAt);
                }
                else if (!ConstraintSyntax.IsHostname(hostname.Substring(0, hostname.Length - suffix.Length)))
                {
                    yield return new ManifestDiagnostic("OCM2022", DiagnosticSeverity.Error,
                        $"Route '{route.Id}' answers for '{hostname}', but '{hostname.Substring(0, hostname.Length - suffix.Length)}' is not a list of DNS labels (lower-case letters, digits and '-', separated by '.').",
                        route.DeclaredAt);
                }
            }
        }
    }
}
