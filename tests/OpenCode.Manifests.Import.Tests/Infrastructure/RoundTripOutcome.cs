namespace OpenCode.Manifests.Import.Tests.Infrastructure;

/// <summary>What the round trip of one imported release gave.</summary>
/// <param name="Name">File and release name.</param>
/// <param name="Failure">Why it is not lossless; null when it is.</param>
/// <param name="LenientMatches">Scalars equal only under lenient typing (0 for a strict match).</param>
/// <param name="StrictDifference">The first strict difference when lenient typing was needed.</param>
internal sealed record RoundTripOutcome(string Name, string? Failure, int LenientMatches = 0, string? StrictDifference = null)
{
    public bool IsLossless => Failure is null;

    public override string ToString() => Failure is null
        ? LenientMatches == 0 ? $"{Name}: lossless" : $"{Name}: lossless with {LenientMatches} lenient scalar(s) ({StrictDifference})"
        : $"{Name}: {Failure}";
}
