using System.Collections.Generic;
using OpenCode.Manifests.Values;

namespace OpenCode.Manifests.Tests.Values.Models;

/// <summary>
/// A discriminated union as the generator emits it for app-template persistence items. Two variants share the
/// discriminator value <c>persistentVolumeClaim</c> (and may omit it); the runtime tells them apart by keys.
/// </summary>
[YamlUnion(typeof(PersistenceItem.PersistentVolumeClaim), typeof(PersistenceItem.ExistingClaim), typeof(PersistenceItem.EmptyDir), typeof(PersistenceItem.Nfs))]
public abstract partial record PersistenceItem
{
    [YamlDiscriminator("type", "persistentVolumeClaim", Optional = true)]
    public sealed partial record PersistentVolumeClaim : PersistenceItem
    {
        [YamlKey("type")]
        public string? Type { get; init; }

        [YamlKey("enabled")]
        public bool? Enabled { get; init; }

        [YamlKey("size", Required = true)]
        public required string Size { get; init; }

        [YamlKey("accessMode")]
        public string? AccessMode { get; init; }

        [YamlKey("globalMounts")]
        public List<GlobalMount>? GlobalMounts { get; init; }
    }

    [YamlDiscriminator("type", "persistentVolumeClaim", Optional = true)]
    public sealed partial record ExistingClaim : PersistenceItem
    {
        [YamlKey("type")]
        public string? Type { get; init; }

        [YamlKey("existingClaim", Required = true)]
        public required string Claim { get; init; }

        [YamlKey("globalMounts")]
        public List<GlobalMount>? GlobalMounts { get; init; }
    }

    [YamlDiscriminator("type", "emptyDir")]
    public sealed partial record EmptyDir : PersistenceItem
    {
        [YamlKey("medium")]
        public string? Medium { get; init; }

        [YamlKey("sizeLimit")]
        public string? SizeLimit { get; init; }
    }

    [YamlDiscriminator("type", "nfs")]
    public sealed partial record Nfs : PersistenceItem
    {
        [YamlKey("server", Required = true)]
        public required string Server { get; init; }

        [YamlKey("path", Required = true)]
        public required string Path { get; init; }
    }
}

public sealed partial record GlobalMount
{
    [YamlKey("path")]
    public string? Path { get; init; }

    [YamlKey("readOnly")]
    public bool? ReadOnly { get; init; }
}
