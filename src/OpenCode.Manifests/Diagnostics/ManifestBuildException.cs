using System;
using System.Collections.Generic;
using System.Linq;

namespace OpenCode.Manifests.Diagnostics;

/// <summary>
/// Thrown by builder methods when a mistake makes it impossible to go on composing (the diagnostic still carries
/// the caller's line). Rules that can keep going report through the diagnostic list instead.
/// </summary>
public sealed class ManifestBuildException : Exception
{
    /// <summary>Creates the exception for one or more diagnostics.</summary>
    public ManifestBuildException(IEnumerable<ManifestDiagnostic> diagnostics)
        : this(diagnostics.ToList())
    {
    }

    private ManifestBuildException(List<ManifestDiagnostic> diagnostics)
        : base(string.Join(Environment.NewLine, diagnostics))
    {
        Diagnostics = diagnostics;
    }

    /// <summary>Creates the exception for one diagnostic.</summary>
    public ManifestBuildException(ManifestDiagnostic diagnostic)
        : this(new List<ManifestDiagnostic> { diagnostic })
    {
    }

    /// <summary>What went wrong, with locations.</summary>
    public IReadOnlyList<ManifestDiagnostic> Diagnostics { get; }
}
