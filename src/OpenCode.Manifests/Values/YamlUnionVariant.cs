using System;
using System.Collections.Generic;
using YamlDotNet.RepresentationModel;

namespace OpenCode.Manifests.Values;

/// <summary>
/// What the generated reader of a union knows about one variant: the node kinds it takes, for an object variant
/// its discriminator and its required and known keys, and how to read it.
/// </summary>
/// <typeparam name="TUnion">The union type.</typeparam>
/// <param name="Name">The variant's C# name (for messages).</param>
/// <param name="Accepts">The node kinds it can be read from.</param>
/// <param name="Read">Reads the variant.</param>
public sealed record YamlUnionVariant<TUnion>(string Name, YamlNodeKinds Accepts, Func<YamlNode, YamlPath, TUnion> Read)
{
    /// <summary>The discriminating key of an object variant, or null.</summary>
    public string? DiscriminatorKey { get; init; }

    /// <summary>The constant the discriminating key must hold.</summary>
    public string? DiscriminatorValue { get; init; }

    /// <summary>The variant accepts a mapping without the discriminating key.</summary>
    public bool DiscriminatorOptional { get; init; }

    /// <summary>Keys a mapping must hold to be this variant.</summary>
    public IReadOnlyCollection<string> RequiredKeys { get; init; } = Array.Empty<string>();

    /// <summary>Every key the variant knows, discriminator included; null for an open object (any key).</summary>
    public ISet<string>? KnownKeys { get; init; }
}
