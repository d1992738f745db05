using System.Collections.Generic;
using System.Linq;
using OpenCode.Manifests.Diagnostics;

namespace OpenCode.Manifests.Validation;

/// <summary>
/// OCM2016: an OpenCode server behind a route on a public gateway must get its Basic-auth password from a secret
/// in <c>OPENCODE_SERVER_PASSWORD</c>; without it OpenCode prints "server is unsecured" and answers everyone.
/// </summary>
public sealed class PublicRouteWithoutPasswordRule : IValidationRule
{
    /// <inheritdoc />
    public IEnumerable<ManifestDiagnostic> Check(ValidationContext context)
    {
        foreach (var route in context.Apps.SelectMany(a => a.Builder.Routes).Where(r => r.Gateway.IsPublic))
        {
            var servers = route.Backend.Controller.Containers
                .Where(c => !c.IsInit && c.Image.Repository?.Contains("opencode") == true);
            foreach (var server in servers)
            {
                var hasPassword = server.Env.Any(e => e.Name == OpenCodeServerCommand.PasswordVariable && e.SecretKey is not null);
                if (!hasPassword)
                {
                    yield return new ManifestDiagnostic("OCM2016", DiagnosticSeverity.Error,
                        $"Route '{route.Id}' exposes OpenCode container '{server.Id}' on public gateway '{route.Gateway.Name}' without {OpenCodeServerCommand.PasswordVariable} from a secret; set it with SetEnv(\"{OpenCodeServerCommand.PasswordVariable}\", secretKey).",
                        route.DeclaredAt);
                }
            }
        }
    }
}
