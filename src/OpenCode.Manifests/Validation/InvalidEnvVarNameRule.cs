using System.Collections.Generic;
using System.Linq;
using OpenCode.Manifests.Constraints;
using OpenCode.Manifests.Diagnostics;

namespace OpenCode.Manifests.Validation;

/// <summary>
/// OCM2028: an environment variable name that is not portable (letters, digits, '_', not starting with a digit).
/// Shells cannot read such a variable, and init scripts are shell scripts.
/// </summary>
public sealed class InvalidEnvVarNameRule : IValidationRule
{
    /// <inheritdoc />
    public IEnumerable<ManifestDiagnostic> Check(ValidationContext context) =>
        from app in context.Apps
        from container in app.Release?.Workload.Containers ?? Enumerable.Empty<Graph.WorkloadContainer>()
        from entry in container.Env
        where !ConstraintSyntax.IsEnvVarName(entry.Name)
        select new ManifestDiagnostic(DiagnosticCatalog.InvalidEnvVarName,
            $"'{entry.Name}' in container '{container.Id}' is not an environment variable name; use letters, digits and '_', not starting with a digit.",
            app.LocateValue(entry.Path));
}
