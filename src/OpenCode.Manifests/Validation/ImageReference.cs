using System.Text.RegularExpressions;
using OpenCode.Manifests.Graph;

namespace OpenCode.Manifests.Validation;

/// <summary>
/// An image as the kubelet reads it: repository, tag and digest, where the tag may carry the digest itself
/// (<c>1.2.3@sha256:…</c>, the community's usual pin) and app-template's separate <c>digest</c> counts too.
/// </summary>
internal readonly record struct ImageReference(string Repository, string? Tag, string? Digest)
{
    private static readonly Regex DigestPattern = new("^[a-z0-9]+(?:[+._-][a-z0-9]+)*:[a-fA-F0-9]{32,}$", RegexOptions.CultureInvariant);

    public static ImageReference Of(WorkloadImage image)
    {
        var tag = image.Tag;
        var digest = image.Digest;
        if (tag is not null && tag.IndexOf('@') is var at and >= 0)
        {
            digest ??= tag.Substring(at + 1);
            tag = tag.Substring(0, at);
        }

        return new ImageReference(image.Repository ?? string.Empty, string.IsNullOrEmpty(tag) ? null : tag, string.IsNullOrEmpty(digest) ? null : digest);
    }

    /// <summary>True when the image cannot change under the pod: a digest, or a version tag.</summary>
    public bool IsPinned => Digest is not null || (Tag is not null && Tag != "latest");

    public static bool IsDigest(string digest) => DigestPattern.IsMatch(digest);
}
