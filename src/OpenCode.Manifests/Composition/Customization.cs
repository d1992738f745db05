using System;
using OpenCode.Manifests.Diagnostics;

namespace OpenCode.Manifests.Composition;

/// <summary>
/// One escape hatch: a change of the values the builder made, with the C# line that asked for it. Values it changes
/// are reported at that line.
/// </summary>
/// <typeparam name="T">The values it changes (the release's, a controller's or a container's).</typeparam>
/// <param name="Change">The change.</param>
/// <param name="DeclaredAt">The line of the <c>Customize</c> call.</param>
public sealed record Customization<T>(Func<T, T> Change, SourceLocation DeclaredAt);
