namespace OpenCode.Manifests.Values;

/// <summary>What a YAML scalar means once read.</summary>
public enum YamlScalarType
{
    /// <summary><c>null</c>, <c>~</c> or nothing.</summary>
    Null,

    /// <summary>A boolean.</summary>
    Boolean,

    /// <summary>An integer.</summary>
    Integer,

    /// <summary>A floating-point number.</summary>
    Float,

    /// <summary>A string.</summary>
    String,
}
