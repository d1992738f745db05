using System;

namespace OpenCode.Manifests.Conventions;

/// <summary>The namespace label through which the API server's Pod Security admission enforces a level.</summary>
public static class PodSecurityLabels
{
    /// <summary>The label naming the level the namespace enforces.</summary>
    public const string Enforce = "pod-security.kubernetes.io/enforce";

    /// <summary>The level as the label spells it (<c>restricted</c>).</summary>
    public static string Value(PodSecurityLevel level) => level switch
    {
        PodSecurityLevel.Privileged => "privileged",
        PodSecurityLevel.Baseline => "baseline",
        PodSecurityLevel.Restricted => "restricted",
        _ => throw new ArgumentOutOfRangeException(nameof(level), level, "not a Pod Security level"),
    };
}
