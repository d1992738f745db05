using System;
using System.Collections.Generic;

namespace OpenCode.Manifests.Rendering;

/// <summary>Per-document choices for <see cref="YamlRenderer"/>; everything else is fixed by our conventions.</summary>
public sealed record YamlRenderOptions
{
    /// <summary>The default options: no header comments, an explicit <c>---</c>.</summary>
    public static YamlRenderOptions Default { get; } = new();

    /// <summary>
    /// Comment lines written right after <c>---</c>, without the leading <c>#</c> (for example
    /// <c>yaml-language-server: $schema=…</c> or a generated-file marker). Each must be a single line.
    /// </summary>
    public IReadOnlyList<string> HeaderComments { get; init; } = Array.Empty<string>();

    /// <summary>Write the <c>---</c> document start marker (true by default).</summary>
    public bool ExplicitDocumentStart { get; init; } = true;
}
