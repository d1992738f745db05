using OpenCode.Manifests.Constraints;

namespace OpenCode.Manifests;

/// <summary>A container image pinned to a version tag (and optionally a digest); never <c>latest</c>.</summary>
/// <param name="Repository">The image repository, e.g. <c>ghcr.io/anomalyco/opencode</c>.</param>
/// <param name="Tag">The version tag.</param>
/// <param name="Digest">The digest (<c>sha256:…</c>), when pinned by content too.</param>
public sealed record PinnedImage(
    [ImageRepository][property: ImageRepository] string Repository,
    [ImageTag][property: ImageTag] string Tag,
    string? Digest = null)
{
    /// <summary>The major version the tag starts with (<c>1.18.33</c> → 1), or null when the tag is not a version.</summary>
    public int? MajorVersion
    {
        get
        {
            var tag = Tag.StartsWith('v') ? Tag[1..] : Tag;
            var dot = tag.IndexOf('.');
            var major = dot < 0 ? tag : tag.Substring(0, dot);
            return int.TryParse(major, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var value)
                ? value
                : null;
        }
    }
}

/// <summary>The image versions this release of the library was checked against.</summary>
public static class OpenCodeImages
{
    /// <summary>The OpenCode server image.</summary>
    [ImageDefault("ghcr.io/anomalyco/opencode")]
    public static PinnedImage OpenCode { get; } =
        // renovate: datasource=docker depName=ghcr.io/anomalyco/opencode
        new("ghcr.io/anomalyco/opencode", "1.18.33");

    /// <summary>The image the git-sync init container runs (busybox sh and git).</summary>
    [ImageDefault("docker.io/alpine/git")]
    public static PinnedImage Git { get; } =
        // renovate: datasource=docker depName=docker.io/alpine/git
        new("docker.io/alpine/git", "v2.49.1");
}
