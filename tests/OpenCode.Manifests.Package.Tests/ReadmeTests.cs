using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using OpenCode.Manifests.Package.Tests.Infrastructure;
using Xunit;
using OpenCode.Manifests.TestSupport;

namespace OpenCode.Manifests.Package.Tests;

/// <summary>
/// The README's set-up commands come first, its diagnostics list matches the pages in docs/diagnostics, and its C#
/// blocks compile against the packed library (the non-OpenCode app's block is also built and emitted by the consumer
/// test, see <see cref="ConsumerProject"/>).
/// </summary>
[Trait(TestCategory.Name, TestCategory.Integration)]
[Collection(PackedPackageCollection.Name)]
public sealed class ReadmeTests
{
    private const string Begin = "<!-- diagnostics:begin -->";
    private const string End = "<!-- diagnostics:end -->";

    private readonly PackedPackage package;

    public ReadmeTests(PackedPackage package) => this.package = package;

    [Fact]
    public void Every_csharp_block_compiles_against_the_packed_library()
    {
        var blocks = ReadmeCode.Blocks();
        Assert.True(blocks.Count(b => !b.IsFragment) >= 6, $"only {blocks.Count(b => !b.IsFragment)} compiled C# blocks found in README.md");
        var failures = blocks
            .Where(b => !b.IsFragment)
            .Select(b => (Block: b, Errors: CompileErrors(b.Code)))
            .Where(r => r.Errors.Count > 0)
            .Select(r => $"README.md line {r.Block.Line}:\n  " + string.Join("\n  ", r.Errors))
            .ToList();
        Assert.True(failures.Count == 0, "README C# blocks that do not compile:\n" + string.Join("\n", failures));
    }

    [Fact]
    public void The_package_readme_csharp_compiles_against_the_packed_library()
    {
        var block = Assert.Single(ReadmeCode.Blocks("src/OpenCode.Manifests/PACKAGE.md"));
        var errors = CompileErrors(block.Code);
        Assert.True(errors.Count == 0, "PACKAGE.md's C# block does not compile:\n" + string.Join("\n", errors));
    }

    [Fact]
    public void A_readme_block_with_a_wrong_member_does_not_compile()
    {
        // Negative control of the compile check: the non-OpenCode app with a misspelled parameter name.
        var broken = ReadmeCode.Named("consumer-app").Code.Replace("Namespace: \"bookmarks\"", "Namespac: \"bookmarks\"", StringComparison.Ordinal);
        Assert.Contains(CompileErrors(broken), e => e.Contains("CS1739", StringComparison.Ordinal));
    }

    [Fact]
    public void Fragments_say_why_they_are_not_compiled()
    {
        foreach (var fragment in ReadmeCode.Blocks().Where(b => b.IsFragment))
        {
            Assert.Matches(@"^fragment \(.+\)$", fragment.Marker!);
        }
    }

    private List<string> CompileErrors(string code)
    {
        var compilation = CSharpCompilation.Create(
            "ReadmeBlock",
            new[] { CSharpSyntaxTree.ParseText(code, new CSharpParseOptions(LanguageVersion.Latest), path: "README.cs") },
            References(),
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
        return compilation.GetDiagnostics()
            .Where(d => d.Severity == DiagnosticSeverity.Error)
            .Select(d => d.ToString())
            .ToList();
    }

    /// <summary>The packed assembly, its one dependency (YamlDotNet) and the runtime's reference set.</summary>
    private IEnumerable<MetadataReference> References()
    {
        yield return MetadataReference.CreateFromFile(Path.Combine(package.Extracted, "lib", "net8.0", "OpenCode.Manifests.dll"));
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

    /// <summary>The README's two commands are the ones CI runs, and the test command is the script that installs what tests need.</summary>
    [Fact]
    public void The_first_commands_are_the_build_and_the_test_script_that_ci_runs()
    {
        var readme = File.ReadAllText(Repo.File("README.md"));
        var firstBlock = Regex.Match(readme, "```[a-z]*\n(?<body>.*?)```", RegexOptions.Singleline).Groups["body"].Value;
        var commands = firstBlock.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.Split('#')[0].Trim()).ToList();
        Assert.Equal(new[] { "dotnet build", "tests/run" }, commands);

        var ci = File.ReadAllLines(Repo.File(".ci/run")).Select(l => l.Trim()).ToList();
        Assert.Contains("dotnet build", ci);
        Assert.Contains(ci, l => l.StartsWith("tests/run ", StringComparison.Ordinal));
        var script = File.ReadAllText(Repo.File("tests/run"));
        Assert.Contains("exec dotnet test \"$@\"", script, StringComparison.Ordinal);
    }

    [Fact]
    public void The_diagnostics_list_is_the_one_generated_from_docs_diagnostics()
    {
        var readme = File.ReadAllText(Repo.File("README.md"));
        var begin = readme.IndexOf(Begin, StringComparison.Ordinal);
        var end = readme.IndexOf(End, StringComparison.Ordinal);
        Assert.True(begin >= 0 && end > begin, $"README.md has no {Begin} … {End} section");
        var current = readme.Substring(begin, end + End.Length - begin);
        var expected = GeneratedList();
        Assert.True(current == expected, "README.md's diagnostics list is out of date; replace that section with:\n\n" + expected);
    }

    /// <summary>One row per docs/diagnostics/OCMnnnn.md, titled by the page's heading (<c># OCMnnnn: title</c>).</summary>
    private static string GeneratedList()
    {
        var list = new StringBuilder();
        list.Append(Begin).Append('\n');
        list.Append("| id | what |\n|---|---|\n");
        foreach (var page in Directory.EnumerateFiles(Repo.File("docs/diagnostics"), "OCM*.md").OrderBy(p => Path.GetFileName(p), StringComparer.Ordinal))
        {
            var id = Path.GetFileNameWithoutExtension(page);
            var heading = File.ReadLines(page).First().Trim();
            var match = Regex.Match(heading, @"^#\s*(?<id>OCM\d{4})\s*:\s*(?<title>.+)$");
            Assert.True(match.Success && match.Groups["id"].Value == id, $"{page} does not start with '# {id}: title'");
            list.Append($"| [{id}](docs/diagnostics/{id}.md) | {match.Groups["title"].Value.Replace("|", "\\|", StringComparison.Ordinal)} |\n");
        }

        list.Append(End);
        return list.ToString();
    }
}
