using System;

namespace OpenCode.Manifests.Generators.ValuesSchema.Json;

/// <summary>
/// Where a JSON value sits in its file: character offsets for <c>TextSpan</c> and zero-based line/column pairs
/// for <c>LinePositionSpan</c>, kept as plain numbers so pipeline models stay free of Roslyn's Location.
/// </summary>
internal readonly record struct SourceSpan(int Start, int Length, int StartLine, int StartColumn, int EndLine, int EndColumn)
{
    public static readonly SourceSpan FileStart = new(0, 0, 0, 0, 0, 0);

    public SourceSpan Until(SourceSpan end) =>
        new(Start, Math.Max(0, end.Start + end.Length - Start), StartLine, StartColumn, end.EndLine, end.EndColumn);
}
