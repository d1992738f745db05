using System.Collections.Generic;
using System.Linq;
using OpenCode.Manifests.Diagnostics;
using OpenCode.Manifests.Graph;

namespace OpenCode.Manifests.Validation;

/// <summary>Runs the rules for every app, and each kind of app's own rules for the apps of that kind.</summary>
public static class ManifestValidator
{
    /// <summary>The rules every app is checked against, one small class each.</summary>
    public static IReadOnlyList<IValidationRule> Rules { get; } = new IValidationRule[]
    {
        new DuplicateAppNameRule(),
        new DnsLabelNameRule(),
        new OverlappingSubPathRule(),
        new DuplicateMountPathRule(),
        new DanglingMountRule(),
        new UnsubstitutedVariableRule(),
        new UnpinnedImageRule(),
        new SecretKeyNotProducedRule(),
        new HomeNotWritableRule(),
        new MissingDependencyRule(),
        new HostOutsideDomainRule(),
        new LimitsBelowRequestsRule(),
        new ControllerWithoutContainersRule(),
        new InvalidVolSyncSettingRule(),
        new InvalidImageReferenceRule(),
        new InvalidMountPathRule(),
        new InvalidEnvVarNameRule(),
        new InvalidPortRule(),
        new InvalidObjectIdRule(),
        new InvalidSizeLimitRule(),
        new InvalidSecretKeyRule(),
        new LiteralCredentialRule(),
        new SecretWithoutKeysRule(),
        new RootUserWithRunAsNonRootRule(),
        new DuplicateHostnameRule(),
        new UnknownKustomizationDependencyRule(),
        new PodSecurityRule(),
        new UnknownGatewayRule(),
        new ChartFiveReferenceRule(),
    };

    /// <summary>Runs every rule over <paramref name="graph"/>, sharing <paramref name="nodes"/> with the renderer.</summary>
    /// <param name="graph">The composed apps.</param>
    /// <param name="nodes">The objects' node trees.</param>
    /// <param name="kindRules">Rules of one kind of app, each with an app it applies to.</param>
    public static IReadOnlyList<ManifestDiagnostic> Validate(ResourceGraph graph, ObjectNodes nodes, IReadOnlyList<(IValidationRule Rule, AppGraph App)> kindRules)
    {
        var all = new ValidationContext(graph.Apps, graph, nodes);
        var diagnostics = Rules.SelectMany(rule => rule.Check(all)).ToList();
        foreach (var group in kindRules.GroupBy(pair => pair.Rule.GetType()))
        {
            var apps = group.Select(pair => pair.App).Distinct().ToList();
            diagnostics.AddRange(group.First().Rule.Check(all with { Apps = apps }));
        }

        return diagnostics;
    }
}
