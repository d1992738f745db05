using System.Collections.Generic;
using OpenCode.Manifests.Constraints;
using OpenCode.Manifests.Diagnostics;

namespace OpenCode.Manifests.Validation;

/// <summary>
/// OCM2033: an environment value that, in its final form, looks like a credential (a known token prefix, a long
/// high-entropy string, or any literal value of a variable named like a password, token or key). The literal is
/// written into the committed HelmRelease: whoever reads the repository reads the secret. The analyzer (OCM1113)
/// sees constants; this rule sees what run-time values and escape hatches wrote. Opt out per value with
/// <c>SetEnv(name, PlainText.NotSecret(value, reason))</c>, which keeps the decision visible at its line.
/// </summary>
public sealed class LiteralCredentialRule : IValidationRule
{
    /// <inheritdoc />
    public IEnumerable<ManifestDiagnostic> Check(ValidationContext context)
    {
        foreach (var app in context.Apps)
        {
            foreach (var controller in app.Release?.Workload.Controllers ?? new List<Graph.WorkloadController>())
            {
                foreach (var container in controller.Containers)
                {
                    foreach (var env in container.Env)
                    {
                        if (env.Literal is not { } literal || app.AcknowledgedLiterals.Contains((env.Path, literal)))
                        {
                            continue;
                        }

                        var reason = ConstraintSyntax.SecretLikeReason(env.Name, literal);
                        if (reason is not null)
                        {
                            yield return new ManifestDiagnostic(DiagnosticCatalog.LiteralCredential,
                                $"Container '{container.Id}' gets '{env.Name}' as a literal that looks like a credential ({reason}); it would be committed in plain text. Read it from a secret key (SetEnv(name, app.Secret.Declare(…))), or, if it is not secret, write SetEnv(name, PlainText.NotSecret(value, reason)).",
                                app.LocateValue(env.Path));
                        }
                    }
                }
            }
        }
    }
}
