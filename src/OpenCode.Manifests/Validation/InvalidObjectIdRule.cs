using System.Collections.Generic;
using System.Linq;
using OpenCode.Manifests.Composition;
using OpenCode.Manifests.Constraints;
using OpenCode.Manifests.Diagnostics;

namespace OpenCode.Manifests.Validation;

/// <summary>
/// OCM2030: a volume, service or route id that is not a DNS label. The chart turns these ids into pod volume names
/// and object names (<c>release-id</c>), which Kubernetes rejects unless they are DNS labels. (App, namespace,
/// controller and container names are OCM2011.)
/// </summary>
public sealed class InvalidObjectIdRule : IValidationRule
{
    /// <inheritdoc />
    public IEnumerable<ManifestDiagnostic> Check(ValidationContext context)
    {
        foreach (var app in context.Apps)
        {
            var handles = app.Builder.Volumes.Cast<Handle>().Concat(app.Builder.Services).Concat(app.Builder.Routes);
            foreach (var handle in handles.Where(h => !ConstraintSyntax.IsDnsLabel(h.Id)))
            {
                yield return new ManifestDiagnostic("OCM2030", DiagnosticSeverity.Error,
                    $"The id of {handle} is not a DNS label: use lower-case letters, digits and '-', at most 63 characters, starting and ending with a letter or digit (e.g. '{ConstraintSyntax.SuggestDnsLabel(handle.Id)}').",
                    handle.DeclaredAt);
            }
        }
    }
}
