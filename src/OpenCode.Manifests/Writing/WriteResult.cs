using System.Collections.Generic;

namespace OpenCode.Manifests.Writing;

/// <summary>What a write (or a check) found and did, by relative path.</summary>
public sealed record WriteResult(
    IReadOnlyList<string> Written,
    IReadOnlyList<string> Unchanged,
    IReadOnlyList<string> Pruned,
    IReadOnlyList<string> Conflicts)
{
    /// <summary>Emitted files that did not exist on disk.</summary>
    public IReadOnlyList<string> MissingFiles { get; init; } = System.Array.Empty<string>();

    /// <summary>Emitted files whose content on disk differs.</summary>
    public IReadOnlyList<string> DifferingFiles { get; init; } = System.Array.Empty<string>();

    /// <summary>True when nothing had to change (check mode passes).</summary>
    public bool IsClean => Written.Count == 0 && Pruned.Count == 0 && Conflicts.Count == 0;
}
