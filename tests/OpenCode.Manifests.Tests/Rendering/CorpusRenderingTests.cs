using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Runtime.CompilerServices;
using OpenCode.Manifests.Rendering;
using OpenCode.Manifests.Values;
using Xunit;
using Xunit.Abstractions;
using YamlDotNet.RepresentationModel;

namespace OpenCode.Manifests.Tests.Rendering;

/// <summary>
/// Every document of the real-world app-template corpus, loaded as <see cref="FreeForm"/> and rendered with our
/// conventions, must read back with the same meaning. (The typed-model round trip over the same corpus waits
/// for the generated app-template model.)
/// </summary>
public sealed class CorpusRenderingTests(ITestOutputHelper output)
{
    [Fact]
    public void Every_corpus_document_survives_FreeForm_and_rendering()
    {
        var corpus = FindCorpus();
        if (corpus is null)
        {
            output.WriteLine("corpus-app-template-4x not found next to the repository; skipped");
            return;
        }

        var documents = 0;
        var lenientMatches = 0;
        var failures = new List<string>();
        foreach (var file in Directory.EnumerateFiles(corpus, "*.yaml", SearchOption.AllDirectories).OrderBy(path => path, System.StringComparer.Ordinal))
        {
            var stream = new YamlStream();
            stream.Load(new StringReader(File.ReadAllText(file)));
            foreach (var document in stream.Documents)
            {
                documents++;
                var rendered = FreeForm.FromNode(document.RootNode).ToNode();
                var text = YamlRenderer.Render(rendered);
                var comparison = YamlSemantics.Compare(document.RootNode, ValuesYaml.Load(text), lenientScalars: true);
                lenientMatches += comparison.LenientScalarMatches;
                if (!comparison.AreEqual)
                {
                    failures.Add($"{Path.GetRelativePath(corpus, file)}: {comparison.FirstDifference}");
                }
            }
        }

        output.WriteLine($"{documents} documents, {lenientMatches} scalar comparisons needed leniency");
        Assert.True(documents > 500, $"only {documents} documents found");
        Assert.Empty(failures);
        Assert.Equal(0, lenientMatches); // FreeForm keeps scalar styles, so the round trip is exact even strictly
    }

    private static string? FindCorpus([CallerFilePath] string sourceFile = "")
    {
        foreach (var start in new[] { System.AppContext.BaseDirectory, Path.GetDirectoryName(sourceFile) ?? string.Empty })
        {
            for (var directory = new DirectoryInfo(start); directory is not null; directory = directory.Parent)
            {
                var candidate = Path.Combine(directory.FullName, "shared", "reference", "corpus-app-template-4x");
                if (Directory.Exists(candidate))
                {
                    return candidate;
                }
            }
        }

        return null;
    }
}
