using System.Collections.Generic;
using System.Linq;
using OpenCode.Manifests.Constraints;
using OpenCode.Manifests.Diagnostics;

namespace OpenCode.Manifests.Validation;

/// <summary>
/// OCM2026: a container image whose repository or tag is not well-formed (upper case, a tag inside the repository,
/// spaces, a tag starting with '.'). The kubelet cannot parse the reference and the pod stays in
/// <c>InvalidImageName</c>. Tags <c>latest</c> and none are OCM2017.
/// </summary>
public sealed class InvalidImageReferenceRule : IValidationRule
{
    /// <inheritdoc />
    public IEnumerable<ManifestDiagnostic> Check(ValidationContext context)
    {
        foreach (var container in context.Apps.SelectMany(a => a.Builder.Controllers).SelectMany(c => c.Containers))
        {
            var repository = container.Image.Repository ?? "";
            var tag = container.Image.Tag?.ToString();
            if (!ConstraintSyntax.IsImageRepository(repository))
            {
                yield return new ManifestDiagnostic("OCM2026", DiagnosticSeverity.Error,
                    $"Container '{container.Id}' has image repository '{repository}', which is not an image reference; use lower-case path components separated by '/' and put the tag in the tag.",
                    container.DeclaredAt);
            }

            if (!string.IsNullOrEmpty(tag) && !ConstraintSyntax.IsImageTag(tag!))
            {
                yield return new ManifestDiagnostic("OCM2026", DiagnosticSeverity.Error,
                    $"Container '{container.Id}' has image tag '{tag}', which is not a tag; use letters, digits, '_', '.' and '-' (at most 128, not starting with '.' or '-').",
                    container.DeclaredAt);
            }
        }
    }
}
