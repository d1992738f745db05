using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using OpenCode.Manifests.Diagnostics;

namespace OpenCode.Manifests.Validation;

/// <summary>
/// OCM2032: a declared secret key that Kubernetes does not accept as a Secret data key (letters, digits, '-', '_'
/// and '.', not '.' or '..'). The ExternalSecret would fail to write the Secret and every container reading it
/// would wait.
/// </summary>
public sealed class InvalidSecretKeyRule : IValidationRule
{
    private static readonly Regex Key = new("^[-._a-zA-Z0-9]+$", RegexOptions.CultureInvariant);

    /// <inheritdoc />
    public IEnumerable<ManifestDiagnostic> Check(ValidationContext context) =>
        context.Apps
            .SelectMany(a => a.Builder.Secrets)
            .SelectMany(s => s.Keys)
            .Where(k => k.RemoteKey.Length > 0 && (!Key.IsMatch(k.Name) || k.Name is "." or ".."))
            .Select(k => new ManifestDiagnostic("OCM2032", DiagnosticSeverity.Error,
                $"Secret '{k.Secret.SecretName}' declares key '{k.Name}', which is not a Secret data key; use letters, digits, '-', '_' and '.'.",
                k.DeclaredAt));
}
