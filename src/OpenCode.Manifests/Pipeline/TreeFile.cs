using System;

namespace OpenCode.Manifests.Pipeline;

/// <summary>One file of the emitted tree: a path relative to the output root (with <c>/</c>) and its bytes.</summary>
public sealed record TreeFile(string RelativePath, ReadOnlyMemory<byte> Content);
