using System.Collections.Generic;
using System.IO;
using System.Linq;
using OpenCode.Manifests.Rendering;
using OpenCode.Manifests.TestSupport;
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
        // Reference data beside the repository: missing, the test fails (a skip would prove nothing).
        var corpus = Path.Combine(RepositoryPaths.SharedReference, "corpus-app-template-4x");
        Assert.True(Directory.Exists(corpus), $"the app-template corpus is missing: {corpus}");

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
}
