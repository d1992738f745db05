using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;
using OpenCode.Manifests.CodeFixes;
using OpenCode.Manifests.Safety.Tests.Infrastructure;
using Xunit;

namespace OpenCode.Manifests.Safety.Tests;

/// <summary>The mechanical fixes: applied in an in-memory workspace, the diagnostic is gone and the code compiles.</summary>
public sealed class CodeFixTests
{
    private const string Usings = "using OpenCode.Manifests;\n\nnamespace User;\n\n";

    [Fact]
    public void A_name_is_rewritten_as_a_DNS_label()
    {
        var source = Usings + """
            [Workspace]
            public sealed record Ha() : OpenCodeWorkspace(Name: "OpenCode_HA", Repository: GitHub.Repository("ORG", "repo"), Host: "ha.opencode");
            """;

        var fixedSource = ApplySingleFix(source, "OCM1101", new DnsLabelCodeFixProvider(), out var title);

        Assert.Equal("Use the DNS label 'opencode-ha'", title);
        Assert.Contains("Name: \"opencode-ha\"", fixedSource, StringComparison.Ordinal);
        Assert.DoesNotContain(AnalyzerHarness.Run(fixedSource), d => d.Id.StartsWith("OCM", StringComparison.Ordinal));
    }

    [Fact]
    public void A_latest_OpenCode_image_becomes_the_library_pin()
    {
        var source = Usings + """
            [Workspace]
            public sealed record Ha : OpenCodeWorkspace
            {
                public Ha() : base("opencode-ha", GitHub.Repository("ORG", "repo"), "ha.opencode")
                {
                    Image = new PinnedImage("ghcr.io/anomalyco/opencode", "latest");
                }
            }
            """;

        var fixedSource = ApplySingleFix(source, "OCM1112", new PinImageCodeFixProvider(), out var title);

        Assert.Equal("Use the library's pinned image OpenCodeImages.OpenCode", title);
        Assert.Contains("Image = OpenCodeImages.OpenCode;", fixedSource, StringComparison.Ordinal);
        Assert.DoesNotContain(AnalyzerHarness.Run(fixedSource), d => d.Id.StartsWith("OCM", StringComparison.Ordinal));
    }

    [Fact]
    public void No_version_is_invented_for_an_image_the_library_does_not_pin()
    {
        var source = Usings + """
            [Workspace]
            public sealed record Ha : OpenCodeWorkspace
            {
                public Ha() : base("opencode-ha", GitHub.Repository("ORG", "repo"), "ha.opencode")
                {
                    Image = new PinnedImage("ghcr.io/example/fork", "latest");
                }
            }
            """;

        var diagnostic = Assert.Single(AnalyzerHarness.Run(source), d => d.Id == "OCM1112");
        Assert.Empty(Actions(source, diagnostic, new PinImageCodeFixProvider()));
    }

    [Fact]
    public void Every_ImageDefault_names_the_repository_its_property_pins()
    {
        var properties = typeof(OpenCodeImages).GetProperties().Where(p => p.PropertyType == typeof(PinnedImage)).ToList();
        Assert.NotEmpty(properties);
        foreach (var property in properties)
        {
            var attribute = property.GetCustomAttributes(typeof(Constraints.ImageDefaultAttribute), false).Cast<Constraints.ImageDefaultAttribute>().Single();
            Assert.Equal(((PinnedImage)property.GetValue(null)!).Repository, attribute.Repository);
        }
    }

    private static string ApplySingleFix(string source, string id, CodeFixProvider provider, out string title)
    {
        var diagnostic = Assert.Single(AnalyzerHarness.Run(source), d => d.Id == id);
        var (document, actions) = ActionsWithDocument(source, diagnostic, provider);
        var action = Assert.Single(actions);
        title = action.Title;
        var operations = action.GetOperationsAsync(CancellationToken.None).GetAwaiter().GetResult();
        var solution = operations.OfType<ApplyChangesOperation>().Single().ChangedSolution;
        return solution.GetDocument(document.Id)!.GetTextAsync().GetAwaiter().GetResult().ToString();
    }

    private static IReadOnlyList<CodeAction> Actions(string source, Diagnostic diagnostic, CodeFixProvider provider) =>
        ActionsWithDocument(source, diagnostic, provider).Actions;

    private static (Document Document, IReadOnlyList<CodeAction> Actions) ActionsWithDocument(string source, Diagnostic diagnostic, CodeFixProvider provider)
    {
        var compilation = AnalyzerHarness.Compilation(source);
        var workspace = new AdhocWorkspace();
        var projectId = ProjectId.CreateNewId();
        var solution = workspace.CurrentSolution
            .AddProject(ProjectInfo.Create(projectId, VersionStamp.Default, "User", "User", LanguageNames.CSharp,
                compilationOptions: compilation.Options, parseOptions: compilation.SyntaxTrees[0].Options,
                metadataReferences: compilation.References));
        var documentId = DocumentId.CreateNewId(projectId);
        solution = solution.AddDocument(documentId, "Workspaces.cs", SourceText.From(source), filePath: AnalyzerHarness.FileName);
        var document = solution.GetDocument(documentId)!;

        var actions = new List<CodeAction>();
        var context = new CodeFixContext(document, diagnostic, (action, _) => actions.Add(action), CancellationToken.None);
        provider.RegisterCodeFixesAsync(context).GetAwaiter().GetResult();
        return (document, actions);
    }
}
