using System.Collections.Generic;
using System.Linq;
using OpenCode.Manifests.Diagnostics;
using OpenCode.Manifests.Graph;
using V5 = OpenCode.Manifests.AppTemplate.V5;

namespace OpenCode.Manifests.Validation;

/// <summary>
/// OCM2073 (app-template 5.x): a NetworkPolicy that names both a <c>controller</c> and a <c>podSelector</c> (5.x
/// takes one or the other: its schema refuses both, so <c>helm upgrade</c> fails), and OCM2074: a controller whose
/// <c>serviceAccount.identifier</c> names no entry of <c>serviceAccount</c> (the chart cannot resolve the name and the
/// release fails to render). The C# types cannot say either (the keys are strings and optional properties); the rule
/// judges the final values and points at the line that wrote them.
/// </summary>
public sealed class ChartFiveReferenceRule : IValidationRule
{
    /// <inheritdoc />
    public IEnumerable<ManifestDiagnostic> Check(ValidationContext context)
    {
        foreach (var app in context.Apps)
        {
            if (app.Release?.Values is not V5.AppTemplateValues values)
            {
                continue;
            }

            foreach (var (id, policy) in values.Networkpolicies ?? new())
            {
                if (policy is { Controller: not null, PodSelector: not null })
                {
                    var path = ValuePath.Root.Key("networkpolicies").Key(id);
                    yield return new ManifestDiagnostic(DiagnosticCatalog.NetworkPolicyControllerAndSelector,
                        $"NetworkPolicy '{id}' of '{app.Name}' names controller '{policy.Controller}' and a podSelector: app-template 5.x takes one or the other (its schema refuses both, so the release does not install). Keep controller to select that controller's pods, or podSelector for any other set.",
                        app.LocateValue(path.Key("podSelector")));
                }
            }

            // A disabled entry creates no ServiceAccount: the chart finds no enabled one with that identifier.
            var accounts = new HashSet<string>(
                (values.ServiceAccount ?? new()).Where(pair => pair.Value?.Enabled is not { IsPlaceholder: false, Value: false }).Select(pair => pair.Key),
                System.StringComparer.Ordinal);
            foreach (var (id, controller) in values.Controllers ?? new())
            {
                if (controller?.ServiceAccount?.Identifier is { } identifier && !accounts.Contains(identifier))
                {
                    var path = ValuePath.Root.Key("controllers").Key(id).Key("serviceAccount").Key("identifier");
                    yield return new ManifestDiagnostic(DiagnosticCatalog.UnknownServiceAccountIdentifier,
                        $"Controller '{id}' of '{app.Name}' runs as serviceAccount identifier '{identifier}', but the values declare {(accounts.Count == 0 ? "no enabled serviceAccount entry" : "only " + string.Join(", ", accounts.OrderBy(a => a, System.StringComparer.Ordinal).Select(a => $"'{a}'")))}: the chart cannot resolve it and the release fails to render. Declare it under serviceAccount, or use name for an account created elsewhere.",
                        app.LocateValue(path));
                }
            }
        }
    }
}
