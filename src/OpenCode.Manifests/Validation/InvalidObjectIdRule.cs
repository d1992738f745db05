using System.Collections.Generic;
using System.Linq;
using OpenCode.Manifests.Constraints;
using OpenCode.Manifests.Diagnostics;
using OpenCode.Manifests.Graph;

namespace OpenCode.Manifests.Validation;

/// <summary>
/// OCM2030: a volume, service or route key that is not a DNS label: the chart names Kubernetes objects (and volume
/// entries) after it, and the API server rejects them.
/// </summary>
public sealed class InvalidObjectIdRule : IValidationRule
{
    /// <inheritdoc />
    public IEnumerable<ManifestDiagnostic> Check(ValidationContext context)
    {
        foreach (var app in context.Apps)
        {
            var workload = app.Release?.Workload;
            if (workload is null)
            {
                continue;
            }

            var ids = workload.Volumes.Select(v => ("Volume", v.Id, v.Path))
                .Concat(workload.Services.Select(s => ("Service", s.Id, s.Path)))
                .Concat(workload.Routes.Select(r => ("Route", r.Id, r.Path)));
            foreach (var (what, id, path) in ids.Where(x => !ConstraintSyntax.IsDnsLabel(x.Id)))
            {
                yield return new ManifestDiagnostic(DiagnosticCatalog.InvalidObjectId,
                    $"The id of {what} '{id}' is not a DNS label: use lower-case letters, digits and '-', at most 63 characters, starting and ending with a letter or digit (e.g. '{ConstraintSyntax.SuggestDnsLabel(id)}').",
                    app.LocateValue(path));
            }
        }
    }
}
