using System.Collections.Generic;
using OpenCode.Manifests.Diagnostics;
using OpenCode.Manifests.Graph;

namespace OpenCode.Manifests.Validation;

/// <summary>
/// OCM2034: a secret declared with no keys becomes an ExternalSecret with neither <c>data</c> nor <c>dataFrom</c>.
/// The External Secrets admission webhook rejects it, so the app's whole Kustomization fails to apply, and a
/// container reading the Secret (<c>envFrom</c>) would get nothing anyway.
/// </summary>
public sealed class SecretWithoutKeysRule : IValidationRule
{
    /// <inheritdoc />
    public IEnumerable<ManifestDiagnostic> Check(ValidationContext context)
    {
        foreach (var app in context.Apps)
        {
            foreach (var externalSecret in app.ExternalSecrets)
            {
                if (externalSecret.Spec.Data is not { Count: > 0 } && externalSecret.Spec.DataFrom is not { Count: > 0 })
                {
                    var name = externalSecret.Spec.Target?.Name ?? externalSecret.Metadata?.Name;
                    yield return new ManifestDiagnostic(DiagnosticCatalog.SecretWithoutKeys,
                        $"Secret '{name}' declares no keys, so its ExternalSecret has no data: the External Secrets webhook rejects it and the whole app fails to apply. Declare the keys it holds (secret.Declare(key, remoteKey)) or remove it.",
                        app.Provenance.Of(externalSecret, ValuePath.Root));
                }
            }
        }
    }
}
