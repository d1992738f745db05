namespace OpenCode.Manifests.Values;

/// <summary>What a <see cref="Scalar"/> holds.</summary>
public enum ScalarKind
{
    /// <summary>An explicit YAML null (<c>null</c>, <c>~</c> or nothing). The default.</summary>
    Null = 0,

    /// <summary>A string.</summary>
    String,

    /// <summary>A number (integer or float), its text kept verbatim.</summary>
    Number,

    /// <summary>A boolean.</summary>
    Boolean,
}
