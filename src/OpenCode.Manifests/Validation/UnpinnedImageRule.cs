using System.Collections.Generic;
using System.Linq;
using OpenCode.Manifests.Diagnostics;

namespace OpenCode.Manifests.Validation;

/// <summary>
/// OCM2017: an image without a tag or tagged <c>latest</c> changes under the workspace at any pull; for OpenCode a
/// new major version changes the server command and how the password is read.
/// </summary>
public sealed class UnpinnedImageRule : IValidationRule
{
    /// <inheritdoc />
    public IEnumerable<ManifestDiagnostic> Check(ValidationContext context) =>
        context.Apps
            .SelectMany(a => a.Builder.Controllers)
            .SelectMany(c => c.Containers)
            .Where(c => string.IsNullOrEmpty(c.Image.Digest) && (string.IsNullOrEmpty(c.Image.Tag?.ToString()) || c.Image.Tag?.ToString() == "latest"))
            .Select(c => new ManifestDiagnostic("OCM2017", DiagnosticSeverity.Error,
                $"Container '{c.Id}' uses image '{c.Image.Repository}' without a pinned version ({(string.IsNullOrEmpty(c.Image.Tag?.ToString()) ? "no tag" : "tag 'latest'")}); pin a version tag (and optionally a digest).",
                c.DeclaredAt));
}
