using System.Collections.Generic;
using System.Text.RegularExpressions;
using OpenCode.Manifests.Diagnostics;

namespace OpenCode.Manifests.Validation;

/// <summary>
/// OCM2011: app, namespace, controller and container names become Kubernetes object names and must be RFC 1123
/// DNS labels (lower-case letters, digits, '-', at most 63 characters, starting and ending alphanumeric).
/// </summary>
public sealed class DnsLabelNameRule : IValidationRule
{
    private static readonly Regex Label = new("^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$", RegexOptions.CultureInvariant);

    /// <summary>True when <paramref name="name"/> is a DNS label.</summary>
    public static bool IsDnsLabel(string name) => Label.IsMatch(name);

    /// <inheritdoc />
    public IEnumerable<ManifestDiagnostic> Check(ValidationContext context)
    {
        foreach (var app in context.Apps)
        {
            if (!IsDnsLabel(app.Name))
            {
                yield return Error("workspace", app.Name, app.DeclaredAt);
            }

            if (!IsDnsLabel(app.Namespace))
            {
                yield return Error("namespace", app.Namespace, app.DeclaredAt);
            }

            foreach (var controller in app.Builder.Controllers)
            {
                if (!IsDnsLabel(controller.Id))
                {
                    yield return Error("controller", controller.Id, controller.DeclaredAt);
                }

                foreach (var container in controller.Containers)
                {
                    if (!IsDnsLabel(container.Id))
                    {
                        yield return Error("container", container.Id, container.DeclaredAt);
                    }
                }
            }
        }
    }

    private static ManifestDiagnostic Error(string what, string name, SourceLocation at) =>
        new("OCM2011", DiagnosticSeverity.Error,
            $"The {what} name '{name}' is not a DNS label: use lower-case letters, digits and '-', at most 63 characters, starting and ending with a letter or digit (e.g. '{Suggest(name)}').",
            at);

    private static string Suggest(string name)
    {
        var lowered = Regex.Replace(name.ToLowerInvariant(), "[^a-z0-9-]+", "-").Trim('-');
        return lowered.Length == 0 ? "app" : lowered.Length > 63 ? lowered.Substring(0, 63).Trim('-') : lowered;
    }
}
