using System.Diagnostics.CodeAnalysis;

namespace OpenCode.Manifests.Values;

/// <summary>What a YAML scalar means once read.</summary>
public enum YamlScalarType
{
    /// <summary><c>null</c>, <c>~</c> or nothing.</summary>
    Null,

    /// <summary>A boolean.</summary>
    Boolean,

    /// <summary>An integer.</summary>
    [SuppressMessage("Naming", "CA1720:Identifier contains type name", Justification = "Named after the YAML scalar kind it writes or reads, the vocabulary of the generated serializers; callers are C# only.")]
    Integer,

    /// <summary>A floating-point number.</summary>
    [SuppressMessage("Naming", "CA1720:Identifier contains type name", Justification = "Named after the YAML scalar kind it writes or reads, the vocabulary of the generated serializers; callers are C# only.")]
    Float,

    /// <summary>A string.</summary>
    [SuppressMessage("Naming", "CA1720:Identifier contains type name", Justification = "Named after the YAML scalar kind it writes or reads, the vocabulary of the generated serializers; callers are C# only.")]
    String,
}
