using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using OpenCode.Manifests.Diagnostics;
using OpenCode.Manifests.Graph;

namespace OpenCode.Manifests.Validation;

/// <summary>OCM2032: an ExternalSecret writes a key that is not a Secret data key; the API server rejects the Secret.</summary>
public sealed class InvalidSecretKeyRule : IValidationRule
{
    private static readonly Regex Key = new("^[-._a-zA-Z0-9]+$", RegexOptions.CultureInvariant);

    /// <inheritdoc />
    public IEnumerable<ManifestDiagnostic> Check(ValidationContext context)
    {
        foreach (var app in context.Apps)
        {
            foreach (var secret in app.ExternalSecrets)
            {
                var data = secret.Spec.Data ?? new();
                for (var index = 0; index < data.Count; index++)
                {
                    var name = data[index].SecretKey;
                    if (!Key.IsMatch(name) || name is "." or "..")
                    {
                        yield return new ManifestDiagnostic(DiagnosticCatalog.InvalidSecretKey,
                            $"Secret '{secret.Spec.Target?.Name ?? secret.Name}' declares key '{name}', which is not a Secret data key; use letters, digits, '-', '_' and '.'.",
                            app.Provenance.Of(secret, ValuePath.Of("spec", "data").Index(index)));
                    }
                }
            }
        }
    }
}
