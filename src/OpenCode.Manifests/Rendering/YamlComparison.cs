namespace OpenCode.Manifests.Rendering;

/// <summary>The outcome of <see cref="YamlSemantics.Compare"/>.</summary>
public sealed class YamlComparison
{
    internal YamlComparison(bool areEqual, string? firstDifference, int lenientScalarMatches)
    {
        AreEqual = areEqual;
        FirstDifference = firstDifference;
        LenientScalarMatches = lenientScalarMatches;
    }

    /// <summary>True when the two documents mean the same.</summary>
    public bool AreEqual { get; }

    /// <summary>Where and how the documents first differ, or <see langword="null"/> when they are equal.</summary>
    public string? FirstDifference { get; }

    /// <summary>
    /// How many scalar comparisons were equal only thanks to lenient scalar typing (a string on one side, a
    /// number or boolean with the same text on the other). Always 0 in strict mode.
    /// </summary>
    public int LenientScalarMatches { get; }
}
