using System;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.RegularExpressions;
using OpenCode.Manifests.Package.Tests.Infrastructure;
using Xunit;

namespace OpenCode.Manifests.Package.Tests;

/// <summary>The README's set-up commands come first, and its diagnostics list matches the pages in docs/diagnostics.</summary>
public sealed class ReadmeTests
{
    private const string Begin = "<!-- diagnostics:begin -->";
    private const string End = "<!-- diagnostics:end -->";

    [Fact]
    public void The_first_commands_are_dotnet_build_and_dotnet_test()
    {
        var readme = File.ReadAllText(Repo.File("README.md"));
        var firstBlock = Regex.Match(readme, "```[a-z]*\n(?<body>.*?)```", RegexOptions.Singleline).Groups["body"].Value;
        var commands = firstBlock.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.Split('#')[0].Trim()).ToList();
        Assert.Equal(new[] { "dotnet build", "dotnet test" }, commands);
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
