using System.Collections.Generic;
using System.Linq;
using OpenCode.Manifests.Diagnostics;

namespace OpenCode.Manifests.Validation;

/// <summary>OCM2010: two apps with one name in one namespace would write the same folder.</summary>
public sealed class DuplicateAppNameRule : IValidationRule
{
    /// <inheritdoc />
    public IEnumerable<ManifestDiagnostic> Check(ValidationContext context) =>
        context.Apps
            .GroupBy(a => (a.Namespace, a.Name))
            .Where(g => g.Count() > 1)
            .SelectMany(g => g.Skip(1).Select(app => new ManifestDiagnostic(DiagnosticCatalog.DuplicateAppName,
                $"The {app.Kind} name '{app.Name}' is already used in namespace '{app.Namespace}' (by the declaration at {g.First().DeclaredAt}); names must be unique.",
                app.DeclaredAt)));
}
