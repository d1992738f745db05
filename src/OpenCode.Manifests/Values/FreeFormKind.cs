namespace OpenCode.Manifests.Values;

/// <summary>The shape of a <see cref="FreeForm"/> value.</summary>
public enum FreeFormKind
{
    /// <summary>An explicit YAML null.</summary>
    Null,

    /// <summary>A string, number or boolean.</summary>
    Scalar,

    /// <summary>A list.</summary>
    Sequence,

    /// <summary>A map.</summary>
    Mapping,
}
