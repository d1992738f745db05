using System.Collections.Generic;
using System.Linq;
using OpenCode.Manifests.Constraints;
using OpenCode.Manifests.Diagnostics;

namespace OpenCode.Manifests.Validation;

/// <summary>
/// OCM2026: a container image whose repository, tag or digest is not well-formed (upper case, a tag inside the
/// repository, spaces, a tag starting with '.'). The kubelet cannot parse the reference and the pod stays in
/// <c>InvalidImageName</c>. A tag may carry its digest (<c>1.2.3@sha256:…</c>). Tags <c>latest</c> and none are OCM2017.
/// </summary>
public sealed class InvalidImageReferenceRule : IValidationRule
{
    /// <inheritdoc />
    public IEnumerable<ManifestDiagnostic> Check(ValidationContext context)
    {
        foreach (var app in context.Apps)
        {
            foreach (var container in app.Release?.Workload.Containers ?? Enumerable.Empty<Graph.WorkloadContainer>())
            {
                var image = ImageReference.Of(container.Image);
                var at = app.LocateValue(container.Image.Path);
                if (!ConstraintSyntax.IsImageRepository(image.Repository))
                {
                    yield return new ManifestDiagnostic(DiagnosticCatalog.InvalidImageReference,
                        $"Container '{container.Id}' has image repository '{image.Repository}', which is not an image reference; use lower-case path components separated by '/' and put the tag in the tag.",
                        at);
                }

                if (image.Tag is { } tag && !ConstraintSyntax.IsImageTag(tag))
                {
                    yield return new ManifestDiagnostic(DiagnosticCatalog.InvalidImageReference,
                        $"Container '{container.Id}' has image tag '{tag}', which is not a tag; use letters, digits, '_', '.' and '-' (at most 128, not starting with '.' or '-').",
                        at);
                }

                if (image.Digest is { } digest && !ImageReference.IsDigest(digest))
                {
                    yield return new ManifestDiagnostic(DiagnosticCatalog.InvalidImageReference,
                        $"Container '{container.Id}' has image digest '{digest}', which is not a digest; write the algorithm and the hex value, e.g. 'sha256:…'.",
                        at);
                }
            }
        }
    }
}
