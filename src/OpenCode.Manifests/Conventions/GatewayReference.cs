namespace OpenCode.Manifests.Conventions;

/// <summary>A Gateway API parent: gateway name, namespace and listener section.</summary>
/// <param name="Name">The gateway's name.</param>
/// <param name="Namespace">Its namespace.</param>
/// <param name="SectionName">The listener routes attach to.</param>
public sealed record GatewayReference(string Name, string Namespace, string SectionName)
{
    /// <summary>Routes on this gateway are reachable from the internet (they then need a password).</summary>
    public bool IsPublic { get; init; } = true;
}
