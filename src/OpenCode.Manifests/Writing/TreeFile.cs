using System;

namespace OpenCode.Manifests.Writing;

/// <summary>One file of the emitted tree: a path relative to the output root (with <c>/</c>) and its bytes.</summary>
public sealed record TreeFile(string RelativePath, ReadOnlyMemory<byte> Content);
