using System.Collections.Generic;
using System.Linq;
using OpenCode.Manifests.Conventions;
using OpenCode.Manifests.Diagnostics;
using OpenCode.Manifests.Graph;
using OpenCode.Manifests.Pipeline;

namespace OpenCode.Manifests.Validation;

/// <summary>Runs every <see cref="IValidationRule"/> over the composed apps.</summary>
public static class ManifestValidator
{
    /// <summary>The rules, one small class each.</summary>
    public static IReadOnlyList<IValidationRule> Rules { get; } = new IValidationRule[]
    {
        new DuplicateAppNameRule(),
        new DnsLabelNameRule(),
        new OverlappingSubPathRule(),
        new DuplicateMountPathRule(),
        new UnmountedVolumeRule(),
        new UnsubstitutedVariableRule(),
        new PublicRouteWithoutPasswordRule(),
        new UnpinnedImageRule(),
        new SecretKeyNotProducedRule(),
        new CloneTargetOnVolumeRootRule(),
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
    };

    /// <summary>Runs every rule.</summary>
    public static IReadOnlyList<ManifestDiagnostic> Validate(IReadOnlyList<FluxApp> apps, ClusterConventions conventions, AppRegistry registry) =>
        Validate(apps, conventions, new ObjectNodes());

    /// <summary>Runs every rule, sharing <paramref name="nodes"/> with the renderer that runs after it.</summary>
    public static IReadOnlyList<ManifestDiagnostic> Validate(IReadOnlyList<FluxApp> apps, ClusterConventions conventions, ObjectNodes nodes)
    {
        var context = new ValidationContext(apps, conventions) { Nodes = nodes };
        return Rules.SelectMany(rule => rule.Check(context)).ToList();
    }
}

/// <summary>What a rule sees.</summary>
/// <param name="Apps">Every composed app.</param>
/// <param name="Conventions">The cluster conventions.</param>
public sealed record ValidationContext(IReadOnlyList<FluxApp> Apps, ClusterConventions Conventions)
{
    /// <summary>The objects' YAML node trees, shared with rendering.</summary>
    public ObjectNodes Nodes { get; init; } = new();
}

/// <summary>A check over the composed graph that reports diagnostics at the C# lines responsible.</summary>
public interface IValidationRule
{
    /// <summary>Reports every violation.</summary>
    IEnumerable<ManifestDiagnostic> Check(ValidationContext context);
}
