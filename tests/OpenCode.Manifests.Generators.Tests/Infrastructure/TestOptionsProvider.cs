using System;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace OpenCode.Manifests.Generators.Tests.Infrastructure;

/// <summary>
/// Serves per-file <c>build_metadata.AdditionalFiles.*</c> options and global <c>build_property.*</c> options the way
/// MSBuild's editorconfig does.
/// </summary>
internal sealed class TestOptionsProvider : AnalyzerConfigOptionsProvider
{
    private readonly IReadOnlyDictionary<string, TestOptions> _byPath;

    public TestOptionsProvider(IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>> optionsByPath)
        : this(optionsByPath, new Dictionary<string, string>())
    {
    }

    /// <summary>Also serves <paramref name="globalOptions"/> (<c>build_property.*</c>, as MSBuild passes properties).</summary>
    public TestOptionsProvider(IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>> optionsByPath, IReadOnlyDictionary<string, string> globalOptions)
    {
        GlobalOptions = new TestOptions(globalOptions);
        var byPath = new Dictionary<string, TestOptions>(StringComparer.Ordinal);
        foreach (var pair in optionsByPath)
        {
            byPath[pair.Key] = new TestOptions(pair.Value);
        }

        _byPath = byPath;
    }

    public override AnalyzerConfigOptions GlobalOptions { get; }

    public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => TestOptions.Empty;

    public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) =>
        _byPath.TryGetValue(textFile.Path, out var options) ? options : TestOptions.Empty;

    private sealed class TestOptions : AnalyzerConfigOptions
    {
        public static readonly TestOptions Empty = new(new Dictionary<string, string>());

        private readonly IReadOnlyDictionary<string, string> _values;

        public TestOptions(IReadOnlyDictionary<string, string> values) => _values = values;

        public override bool TryGetValue(string key, [NotNullWhen(true)] out string? value) => _values.TryGetValue(key, out value);
    }
}
