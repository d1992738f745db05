namespace OpenCode.Manifests.Diffing;

/// <summary>What happened to an object between the base tree and the new one.</summary>
public enum ChangeKind
{
    /// <summary>Only in the new tree.</summary>
    Added,

    /// <summary>Only in the base tree.</summary>
    Removed,

    /// <summary>In both, with different values.</summary>
    Changed,
}
