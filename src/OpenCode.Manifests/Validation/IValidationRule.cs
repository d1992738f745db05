using System.Collections.Generic;
using OpenCode.Manifests.Diagnostics;

namespace OpenCode.Manifests.Validation;

/// <summary>
/// A check over the composed graph: it reads the final values of every object (after every escape hatch) and
/// reports each mistake at the C# line that set the value, through the graph's provenance.
/// </summary>
public interface IValidationRule
{
    /// <summary>Reports every violation among <see cref="ValidationContext.Apps"/>.</summary>
    IEnumerable<ManifestDiagnostic> Check(ValidationContext context);
}
