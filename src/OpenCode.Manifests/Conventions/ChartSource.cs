using OpenCode.Manifests.Constraints;

namespace OpenCode.Manifests.Conventions;

/// <summary>A Helm chart in an OCI registry, pinned to a version.</summary>
/// <param name="Url">The chart's address, <c>oci://…</c>.</param>
/// <param name="Version">The pinned version (the OCI tag). For app-template its major picks the values model the
/// build emits: <c>4.x</c> or <c>5.x</c>.</param>
public sealed record ChartSource(string Url, string Version)
{
    /// <summary>Optional digest pinned with the version.</summary>
    public string? Digest { get; init; }

    /// <summary>
    /// The major version the tag names (<c>5</c> for <c>5.1.0</c> or <c>v5.1.0</c>), or null when the tag does not
    /// start with a number (a branch name, a Flux variable): the build then cannot tell which values the chart reads.
    /// </summary>
    public int? MajorVersion => ConstraintSyntax.ChartMajor(Version);
}
