namespace OpenCode.Manifests.Conventions;

/// <summary>An External Secrets store by kind and name.</summary>
/// <param name="Kind"><c>ClusterSecretStore</c> or <c>SecretStore</c>.</param>
/// <param name="Name">The store's name.</param>
public sealed record SecretStoreConvention(string Kind, string Name);
