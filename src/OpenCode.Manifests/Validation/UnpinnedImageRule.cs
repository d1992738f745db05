using System.Collections.Generic;
using System.Linq;
using OpenCode.Manifests.Diagnostics;

namespace OpenCode.Manifests.Validation;

/// <summary>
/// OCM2017: an image without a tag or tagged <c>latest</c> (and no digest) changes under the app at any pull; for
/// OpenCode a new major version changes the server command and how the password is read. An app accepts one
/// container's moving image with <c>app.AcceptUnpinnedImage(controller, container)</c>.
/// </summary>
public sealed class UnpinnedImageRule : IValidationRule
{
    /// <inheritdoc />
    public IEnumerable<ManifestDiagnostic> Check(ValidationContext context) =>
        from app in context.Apps
        from container in app.Release?.Workload.Containers ?? Enumerable.Empty<Graph.WorkloadContainer>()
        let image = ImageReference.Of(container.Image)
        where !image.IsPinned && !app.AcceptedUnpinnedImages.Contains((container.ControllerId, container.Id))
        select new ManifestDiagnostic(DiagnosticCatalog.UnpinnedImage,
            $"Container '{container.Id}' uses image '{image.Repository}' without a pinned version ({(image.Tag is null ? "no tag" : "tag 'latest'")}); pin a version tag (and optionally a digest), or, when it moves on purpose, say app.AcceptUnpinnedImage(\"{container.ControllerId}\", \"{container.Id}\").",
            // At the tag (untagged: the repository), where a Customize that rewrote only it recorded its line.
            app.LocateValue(container.Image.Path.Key(image.Tag is null ? "repository" : "tag")));
}
