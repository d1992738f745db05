using System.Collections.Generic;
using OpenCode.Manifests.Diagnostics;
using OpenCode.Manifests.Values;

namespace OpenCode.Manifests.Pipeline;

/// <summary>
/// One file of the Flux tree before rendering: its path relative to the cluster repository root, the objects it
/// holds (one YAML document each) and the JSON schema editors validate it against.
/// </summary>
/// <param name="RelativePath">Path with <c>/</c> separators, relative to the output root.</param>
/// <param name="Documents">The objects, in order.</param>
/// <param name="SchemaUrl">The <c>yaml-language-server</c> schema address.</param>
/// <param name="DeclaredAt">The C# declaration the file comes from.</param>
public sealed record ManifestFile(string RelativePath, IReadOnlyList<IYamlWritable> Documents, string SchemaUrl, SourceLocation DeclaredAt);
