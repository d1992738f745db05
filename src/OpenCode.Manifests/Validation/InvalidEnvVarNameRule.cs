using System.Collections.Generic;
using System.Linq;
using OpenCode.Manifests.Constraints;
using OpenCode.Manifests.Diagnostics;

namespace OpenCode.Manifests.Validation;

/// <summary>
/// OCM2028: an environment variable name that is not portable (letters, digits, '_', not starting with a digit).
/// Shells cannot read such a variable, and the init script of a workspace is a shell script.
/// </summary>
public sealed class InvalidEnvVarNameRule : IValidationRule
{
    /// <inheritdoc />
    public IEnumerable<ManifestDiagnostic> Check(ValidationContext context) =>
        context.Apps
            .SelectMany(a => a.Builder.Controllers)
            .SelectMany(c => c.Containers)
            .SelectMany(c => c.Env.Select(e => (Container: c, Entry: e)))
            .Where(x => !ConstraintSyntax.IsEnvVarName(x.Entry.Name))
            .Select(x => new ManifestDiagnostic("OCM2028", DiagnosticSeverity.Error,
                $"'{x.Entry.Name}' in container '{x.Container.Id}' is not an environment variable name; use letters, digits and '_', not starting with a digit.",
                x.Entry.DeclaredAt));
}
