namespace OpenCode.Manifests.Diffing;

/// <summary>Whether diffs are printed with ANSI colours (<c>--color</c>, MSBuild <c>OpenCodeManifestsColor</c>).</summary>
public enum ColorChoice
{
    /// <summary>Colours on a terminal; plain under CI, with <c>NO_COLOR</c>, <c>TERM=dumb</c>, or when redirected.</summary>
    Auto,

    /// <summary>Always colours.</summary>
    Always,

    /// <summary>Never colours.</summary>
    Never,
}
