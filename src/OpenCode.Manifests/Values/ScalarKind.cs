using System.Diagnostics.CodeAnalysis;

namespace OpenCode.Manifests.Values;

/// <summary>What a <see cref="Scalar"/> holds.</summary>
public enum ScalarKind
{
    /// <summary>An explicit YAML null (<c>null</c>, <c>~</c> or nothing). The default.</summary>
    Null = 0,

    /// <summary>A string.</summary>
    [SuppressMessage("Naming", "CA1720:Identifier contains type name", Justification = "Named after the YAML scalar kind it writes or reads, the vocabulary of the generated serializers; callers are C# only.")]
    String,

    /// <summary>A number (integer or float), its text kept verbatim.</summary>
    Number,

    /// <summary>A boolean.</summary>
    Boolean,
}
