using OpenCode.Manifests.Values;

namespace OpenCode.Manifests.Resources.Flux;

/// <summary>A Flux <c>HelmRelease</c> (helm.toolkit.fluxcd.io/v2) whose values are a typed model.</summary>
/// <typeparam name="TValues">The chart's generated values type, e.g. <c>AppTemplateValues</c>.</typeparam>
public sealed record HelmRelease<TValues>() : KubernetesObject("helm.toolkit.fluxcd.io/v2", "HelmRelease") where TValues : class
{
    /// <summary>The desired state.</summary>
    [YamlKey("spec", Required = true)]
    public required HelmReleaseSpec<TValues> Spec { get; init; }
}

/// <summary>The spec of a <see cref="HelmRelease{TValues}"/>.</summary>
public sealed record HelmReleaseSpec<TValues> where TValues : class
{
    /// <summary>The chart's source object (an OCIRepository), referenced by kind and name.</summary>
    [YamlKey("chartRef", Required = true)]
    public required CrossNamespaceObjectReference ChartRef { get; init; }

    /// <summary>Reconcile interval.</summary>
    [YamlKey("interval", Required = true)]
    public required string Interval { get; init; }

    /// <summary>What to do when an install fails.</summary>
    [YamlKey("install")]
    public HelmInstall? Install { get; init; }

    /// <summary>What to do when an upgrade fails.</summary>
    [YamlKey("upgrade")]
    public HelmUpgrade? Upgrade { get; init; }

    /// <summary>The chart values.</summary>
    [YamlKey("values")]
    public TValues? Values { get; init; }
}

/// <summary>Install options.</summary>
public sealed record HelmInstall
{
    /// <summary>Remediation after a failed install.</summary>
    [YamlKey("remediation")]
    public HelmRemediation? Remediation { get; init; }
}

/// <summary>Upgrade options.</summary>
public sealed record HelmUpgrade
{
    /// <summary>Delete resources created by a failed upgrade.</summary>
    [YamlKey("cleanupOnFail")]
    public bool? CleanupOnFail { get; init; }

    /// <summary>Remediation after a failed upgrade.</summary>
    [YamlKey("remediation")]
    public HelmRemediation? Remediation { get; init; }
}

/// <summary>Retry and rollback behaviour.</summary>
public sealed record HelmRemediation
{
    /// <summary>How many times to retry; -1 for ever.</summary>
    [YamlKey("retries")]
    public int? Retries { get; init; }

    /// <summary><c>rollback</c> or <c>uninstall</c> (upgrades only).</summary>
    [YamlKey("strategy")]
    public string? Strategy { get; init; }
}
