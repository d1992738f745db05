using System.Collections.Generic;
using OpenCode.Manifests.Values;

namespace OpenCode.Manifests.Tests.Values.Models;

/// <summary>
/// A general (non-discriminated) union as the generator emits it: scalar and list payloads are wrapped
/// variants with a <c>Value</c> property; the object variant is a plain record.
/// </summary>
[YamlUnion(typeof(EnvValue.Text), typeof(EnvValue.Lines), typeof(EnvValue.Explicit))]
public abstract partial record EnvValue
{
    public static implicit operator EnvValue(string value) => new Text { Value = value };

    [YamlWrappedVariant]
    public sealed partial record Text : EnvValue
    {
        public required Scalar Value { get; init; }
    }

    [YamlWrappedVariant]
    public sealed partial record Lines : EnvValue
    {
        public required List<string> Value { get; init; }
    }

    public sealed partial record Explicit : EnvValue
    {
        [YamlKey("value")]
        public Scalar? Value { get; init; }

        [YamlKey("valueFrom")]
        public FreeForm? ValueFrom { get; init; }

        [YamlKey("dependsOn")]
        public StringOrList? DependsOn { get; init; }
    }
}
