namespace OpenCode.Manifests.Conventions;

/// <summary>A Helm chart in an OCI registry, pinned to a version.</summary>
/// <param name="Url">The chart's address, <c>oci://…</c>.</param>
/// <param name="Version">The pinned version (the OCI tag).</param>
public sealed record ChartSource(string Url, string Version)
{
    /// <summary>Optional digest pinned with the version.</summary>
    public string? Digest { get; init; }
}
