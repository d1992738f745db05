namespace OpenCode.Manifests.Conventions;

/// <summary>
/// A Pod Security Standards level (<c>pod-security.kubernetes.io/enforce</c>): what the API server admits in a
/// namespace. Each level allows less than the one before it.
/// </summary>
public enum PodSecurityLevel
{
    /// <summary>Everything is admitted.</summary>
    Privileged,

    /// <summary>Known privilege escalations are refused (privileged containers, host paths, added capabilities, …).</summary>
    Baseline,

    /// <summary>Baseline, and every container runs as non-root, without privilege escalation, with every capability
    /// dropped and a RuntimeDefault or Localhost seccomp profile; only ordinary volume types.</summary>
    Restricted,
}
