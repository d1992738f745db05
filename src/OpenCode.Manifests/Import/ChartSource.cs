namespace OpenCode.Manifests.Import;

/// <summary>
/// An OCIRepository that serves the app-template chart: where it is defined and the version it pins
/// (<c>spec.ref.tag</c>, else <c>spec.ref.semver</c>).
/// </summary>
/// <param name="File">The YAML file that defines it.</param>
/// <param name="Name">metadata.name.</param>
/// <param name="Namespace">metadata.namespace, or null.</param>
/// <param name="Version">spec.ref.tag or spec.ref.semver, or null.</param>
/// <param name="VersionKey">Which of the two (<c>spec.ref.tag</c> / <c>spec.ref.semver</c>), for messages.</param>
/// <param name="Url">spec.url (<c>oci://…/app-template</c>).</param>
/// <param name="Digest">spec.ref.digest, or null.</param>
internal sealed record ChartSource(string File, string Name, string? Namespace, string? Version, string VersionKey, string Url, string? Digest);
