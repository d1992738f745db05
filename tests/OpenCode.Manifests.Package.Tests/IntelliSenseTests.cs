using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Text.RegularExpressions;
using System.Threading.Tasks;
using System.Xml.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Completion;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Host.Mef;
using Microsoft.CodeAnalysis.QuickInfo;
using Microsoft.CodeAnalysis.Text;
using OpenCode.Manifests.Package.Tests.Infrastructure;
using Xunit;
using Xunit.Abstractions;
using OpenCode.Manifests.TestSupport;

namespace OpenCode.Manifests.Package.Tests;

/// <summary>
/// IntelliSense as an IDE shows it: Roslyn's own completion and quick-info services (Microsoft.CodeAnalysis.CSharp.Features,
/// the engine behind the IDEs) over a consumer snippet that references the packed assembly and its packed XML file.
/// </summary>
[Trait(TestCategory.Name, TestCategory.Integration)]
[Collection(PackedPackageCollection.Name)]
public sealed class IntelliSenseTests
{
    private const string Snippet = """
        using OpenCode.Manifests.AppTemplate;

        public static class UserCode
        {
            public static void Edit(AppTemplateValues values)
            {
                var controller = new Controller { /*initializer*/ };
                Controller? declared = null;
                _ = values.Controllers;
                _ = values./*member*/
            }
        }
        """;

    private readonly PackedPackage package;
    private readonly ITestOutputHelper output;

    public IntelliSenseTests(PackedPackage package, ITestOutputHelper output)
    {
        this.package = package;
        this.output = output;
    }

    [Fact]
    public async Task Completion_in_an_object_initializer_lists_the_typed_members_with_their_summaries()
    {
        await AssertCompletionListsDocumentedProperties("OpenCode.Manifests.AppTemplate.Controller", "/*initializer*/");
    }

    [Fact]
    public async Task Completion_after_a_dot_lists_the_values_members_with_their_summaries()
    {
        await AssertCompletionListsDocumentedProperties("OpenCode.Manifests.AppTemplate.AppTemplateValues", "/*member*/");
    }

    [Fact]
    public async Task Quick_info_on_a_type_and_a_property_shows_their_summaries()
    {
        var summaries = Summaries();
        var onType = await QuickInfoAt("Controller? declared", 2);
        Assert.Contains("Controller", onType, StringComparison.Ordinal);
        Assert.Contains(summaries["T:OpenCode.Manifests.AppTemplate.Controller"], onType, StringComparison.Ordinal);

        var onProperty = await QuickInfoAt("values.Controllers", "values.".Length + 2);
        Assert.Contains("Controllers", onProperty, StringComparison.Ordinal);
        Assert.Contains(summaries["P:OpenCode.Manifests.AppTemplate.AppTemplateValues.Controllers"], onProperty, StringComparison.Ordinal);
    }

    private async Task<string> QuickInfoAt(string anchor, int offset)
    {
        var document = CreateDocument();
        var text = (await document.GetTextAsync()).ToString();
        var position = text.IndexOf(anchor, StringComparison.Ordinal) + offset;
        var quickInfo = await QuickInfoService.GetService(document)!.GetQuickInfoAsync(document, position);
        Assert.NotNull(quickInfo);
        var shown = Normalize(string.Join("\n", quickInfo!.Sections.Select(s => s.Text)));
        output.WriteLine($"quick info at '{anchor}': {shown}");
        return shown;
    }

    private async Task AssertCompletionListsDocumentedProperties(string typeName, string marker)
    {
        var document = CreateDocument();
        var text = (await document.GetTextAsync()).ToString();
        var position = text.IndexOf(marker, StringComparison.Ordinal);
        var service = CompletionService.GetService(document)!;
        var completions = await service.GetCompletionsAsync(document, position);
        var items = completions.ItemsList.ToDictionary(i => i.DisplayText, StringComparer.Ordinal);
        output.WriteLine($"{typeName}: {items.Count} completion items");

        // Properties whose summary is plain text (no <see>/<c> inside) compare exactly with what the IDE shows.
        var expected = Summaries()
            .Where(s => s.Key.StartsWith("P:" + typeName + ".", StringComparison.Ordinal) && !s.Key.Substring(2 + typeName.Length + 1).Contains('.'))
            .Where(s => s.Value.Length > 0 && !PlainTextLost(s.Key))
            .ToDictionary(s => s.Key.Substring(2 + typeName.Length + 1), s => s.Value, StringComparer.Ordinal);
        Assert.True(expected.Count >= 5, $"too few documented properties of {typeName} to check: {expected.Count}");

        foreach (var (property, summary) in expected)
        {
            Assert.True(items.TryGetValue(property, out var item), $"completion does not list {typeName}.{property}; it lists: {string.Join(", ", items.Keys.Take(60))}");
            var description = await service.GetDescriptionAsync(document, item!);
            var shown = Normalize(description!.Text);
            Assert.True(shown.Contains(summary, StringComparison.Ordinal), $"{typeName}.{property}: the IDE shows '{shown}', not the summary '{summary}'");
        }

        output.WriteLine($"{typeName}: {expected.Count} members listed with their summaries, e.g. {expected.Keys.First()}");
    }

    private Document CreateDocument()
    {
        var host = MefHostServices.Create(MefHostServices.DefaultAssemblies
            .Concat(new[] { typeof(CompletionService).Assembly, Assembly.Load("Microsoft.CodeAnalysis.CSharp.Features") })
            .Distinct());
        var workspace = new AdhocWorkspace(host);
        var project = workspace.AddProject(ProjectInfo.Create(
            ProjectId.CreateNewId(),
            VersionStamp.Default,
            "Consumer",
            "Consumer",
            LanguageNames.CSharp,
            compilationOptions: new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable),
            parseOptions: new CSharpParseOptions(LanguageVersion.Latest),
            metadataReferences: References()));
        return workspace.AddDocument(project.Id, "UserCode.cs", SourceText.From(Snippet));
    }

    /// <summary>The packed assembly with its packed XML docs, its dependencies, and the runtime's reference set.</summary>
    private IEnumerable<MetadataReference> References()
    {
        var lib = Path.Combine(package.Extracted, "lib", "net8.0");
        yield return MetadataReference.CreateFromFile(
            Path.Combine(lib, "OpenCode.Manifests.dll"),
            documentation: XmlDocumentationProvider.CreateFromFile(Path.Combine(lib, "OpenCode.Manifests.xml")));
        yield return MetadataReference.CreateFromFile(typeof(YamlDotNet.Serialization.ISerializer).Assembly.Location);

        var runtime = Path.GetDirectoryName(typeof(object).Assembly.Location)!;
        foreach (var path in ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator))
        {
            if (string.Equals(Path.GetDirectoryName(path), runtime, StringComparison.Ordinal))
            {
                yield return MetadataReference.CreateFromFile(path);
            }
        }
    }

    private Dictionary<string, string> Summaries()
    {
        var docs = XDocument.Load(Path.Combine(package.Extracted, "lib", "net8.0", "OpenCode.Manifests.xml"));
        return docs.Descendants("member")
            .Where(m => m.Element("summary") is not null)
            .ToDictionary(m => (string)m.Attribute("name")!, m => Normalize(m.Element("summary")!.Value), StringComparer.Ordinal);
    }

    private bool PlainTextLost(string memberName)
    {
        var docs = XDocument.Load(Path.Combine(package.Extracted, "lib", "net8.0", "OpenCode.Manifests.xml"));
        var summary = docs.Descendants("member").Single(m => (string)m.Attribute("name")! == memberName).Element("summary")!;
        return summary.Elements().Any();
    }

    private static string Normalize(string text) => Regex.Replace(text, @"\s+", " ").Trim();
}
