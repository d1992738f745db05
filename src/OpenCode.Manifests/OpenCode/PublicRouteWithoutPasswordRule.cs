using System.Collections.Generic;
using System.Linq;
using OpenCode.Manifests.Diagnostics;
using OpenCode.Manifests.Validation;

namespace OpenCode.Manifests;

/// <summary>
/// OCM2016 (OpenCode workspaces): an OpenCode server behind any route, on a public or an internal gateway, must get
/// its Basic-auth password from a secret in <c>OPENCODE_SERVER_PASSWORD</c>; without it OpenCode prints "server is
/// unsecured" and answers everyone who reaches the gateway (an internal network included), with an agent that runs a
/// shell. Judged on the final environment: the last value of the variable is the one the server reads.
/// </summary>
public sealed class PublicRouteWithoutPasswordRule : IValidationRule
{
    /// <inheritdoc />
    public IEnumerable<ManifestDiagnostic> Check(ValidationContext context)
    {
        foreach (var app in context.Apps)
        {
            var workload = app.Release?.Workload;
            if (workload is null)
            {
                continue;
            }

            foreach (var route in workload.Routes)
            {
                // A gateway the conventions do not name counts as public (OCM2061 reports it).
                var exposure = route.ParentRefs.Any(p => context.Conventions.FindGateway(p.Name, p.Namespace ?? app.Namespace)?.IsPublic != false) ? "public" : "internal";
                var gateway = string.Join(", ", route.ParentRefs.Select(p => p.Name));
                var services = route.Backends.Select(b => b.Identifier).Where(id => id is not null).ToHashSet();
                var controllers = workload.Services.Where(s => services.Contains(s.Id)).Select(s => s.Controller).ToHashSet();
                var servers = workload.Controllers.Where(c => controllers.Contains(c.Id)).SelectMany(c => c.Containers).Where(c => !c.IsInit);
                foreach (var server in servers)
                {
                    var password = server.Env.FirstOrDefault(e => e.Name == OpenCodeServerCommand.PasswordVariable);
                    if (password?.SecretKey is null)
                    {
                        yield return new ManifestDiagnostic(DiagnosticCatalog.PublicServerWithoutPassword,
                            $"Route '{route.Id}' exposes OpenCode container '{server.Id}' on {exposure} gateway '{gateway}' without {OpenCodeServerCommand.PasswordVariable} from a secret{(password is null ? "" : " (its last value is a literal)")}; set it with SetEnv(\"{OpenCodeServerCommand.PasswordVariable}\", secretKey).",
                            password is null ? app.LocateValue(route.Path) : app.LocateValue(password.Path));
                    }
                }
            }
        }
    }
}
