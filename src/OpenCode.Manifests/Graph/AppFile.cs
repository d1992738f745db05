using System.Collections.Generic;
using OpenCode.Manifests.Values;

namespace OpenCode.Manifests.Graph;

/// <summary>One file of an app's folder before rendering: its path inside the folder, its objects and its schema.</summary>
/// <param name="RelativePath">The path inside the app's folder, with <c>/</c> (<c>ks.yaml</c>, <c>app/helmrelease.yaml</c>).</param>
/// <param name="Documents">The objects, one YAML document each, in order.</param>
/// <param name="SchemaUrl">The <c>yaml-language-server</c> schema address editors validate the file against.</param>
public sealed record AppFile(string RelativePath, IReadOnlyList<IYamlWritable> Documents, string SchemaUrl);
