namespace OpenCode.Manifests.Graph;

/// <summary>
/// Whether a pod's containers get a token of the pod's ServiceAccount (<c>automountServiceAccountToken</c>): what the
/// values say, or the chart version's default when they say nothing (4.x: mounted; 5.x: not mounted).
/// </summary>
/// <param name="Mounted">True when the token is mounted into the pod.</param>
/// <param name="Path">The value that decided it (the controller's or the default pod options'), or null for the chart's default.</param>
public sealed record WorkloadTokenMount(bool Mounted, ValuePath? Path);
