using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using OpenCode.Manifests.TestSupport;
using Xunit;
using Xunit.Abstractions;

namespace OpenCode.Manifests.Safety.Tests;

/// <summary>
/// The real build on a copy of the repository: one catalogue mistake in workspaces/Workspaces.cs fails
/// <c>dotnet build</c> with the canonical <c>Workspaces.cs(line,col): error OCMnnnn</c> line, and the committed
/// tree is left untouched. Slow (two builds from scratch, one of which fails).
/// </summary>
[Trait(TestCategory.Name, TestCategory.Integration)]
public sealed class BuildFailureTests : IDisposable
{
    private static readonly TimeSpan BuildTimeout = TimeSpan.FromMinutes(8);
    private const string Project = "workspaces/OpenCode.Workspaces.csproj";
    private const string Source = "workspaces/Workspaces.cs";

    private readonly ITestOutputHelper output;
    private readonly string copy = Path.Combine(Path.GetTempPath(), "ocm-safety-build-" + Guid.NewGuid().ToString("N"));

    public BuildFailureTests(ITestOutputHelper output) => this.output = output;

    public void Dispose()
    {
        try
        {
            if (Directory.Exists(copy))
            {
                Directory.Delete(copy, recursive: true);
            }
        }
        catch (IOException)
        {
            // A build server may still hold a file for a moment; the temp folder is harmless.
        }
    }

    [Fact]
    public void A_mistake_in_Workspaces_cs_fails_the_build_naming_the_file_line_and_id()
    {
        CopyRepository();
        var source = Path.Combine(copy, Source);
        var text = File.ReadAllText(source);

        // Two mistakes, one per stage: a controller with no containers (only the build-time rules can see it,
        // OCM2024) and an upper-case workspace name (the analyzer stops the compile, OCM1101).
        const string anchor = "        var cache = app.EmptyDir(\"cache\");\n";
        Assert.Contains(anchor, text, StringComparison.Ordinal);
        var withRuleMistake = text.Replace(anchor, anchor + "        app.Builder.Controller(\"worker\");\n", StringComparison.Ordinal);
        File.WriteAllText(source, withRuleMistake);
        var ruleLine = LineOf(withRuleMistake, "app.Builder.Controller(\"worker\");");
        var before = TreeSnapshot();

        var ruleBuild = Build("build with a controller without containers");
        Assert.True(ruleBuild.ExitCode != 0, "the build passed:\n" + ruleBuild.Output);
        AssertCanonicalError(ruleBuild.Output, source, ruleLine, "OCM2024");
        Assert.Equal(before, TreeSnapshot()); // nothing reaches YAML

        var withNameMistake = text.Replace("Name: \"opencode-ha\",", "Name: \"OpenCode_HA\",", StringComparison.Ordinal);
        Assert.NotEqual(text, withNameMistake);
        File.WriteAllText(source, withNameMistake);
        var nameLine = LineOf(withNameMistake, "Name: \"OpenCode_HA\",");

        var compileBuild = Build("build with an upper-case workspace name");
        Assert.True(compileBuild.ExitCode != 0, "the build passed:\n" + compileBuild.Output);
        AssertCanonicalError(compileBuild.Output, source, nameLine, "OCM1101");
        Assert.Equal(before, TreeSnapshot());
    }

    private static void AssertCanonicalError(string buildOutput, string file, int line, string id)
    {
        var pattern = new Regex("^\\s*" + Regex.Escape(file) + "\\(" + line + ",[0-9]+\\): error " + id + ": .+$", RegexOptions.Multiline);
        Assert.True(pattern.IsMatch(buildOutput), $"no '{file}({line},col): error {id}: …' line in the build output:\n{buildOutput}");
    }

    private static int LineOf(string text, string marker)
    {
        var lines = text.Split('\n');
        return Array.FindIndex(lines, l => l.Contains(marker, StringComparison.Ordinal)) + 1;
    }

    private Dictionary<string, string> TreeSnapshot()
    {
        var root = Path.Combine(copy, "workspaces", "kubernetes");
        return Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories)
            .OrderBy(f => f, StringComparer.Ordinal)
            .ToDictionary(f => Path.GetRelativePath(root, f), File.ReadAllText);
    }

    private (int ExitCode, string Output) Build(string what)
    {
        var watch = Stopwatch.StartNew();
        var args = new List<string> { "build", Project, "--nologo", "-nodeReuse:false", "-clp:NoSummary" };

        var (exitCode, stdout, stderr) = DotnetCommand.Run(copy, args, BuildTimeout);
        var all = stdout + stderr;
        output.WriteLine($"{what}: exit {exitCode} in {watch.Elapsed.TotalSeconds:F1} s");
        foreach (var line in all.Split('\n').Where(l => l.Contains(": error ", StringComparison.Ordinal)).Distinct(StringComparer.Ordinal))
        {
            output.WriteLine("  " + line.Trim());
        }

        return (exitCode, all);
    }

    private void CopyRepository()
    {
        var root = RepositoryPaths.Root;
        foreach (var folder in new[] { "src", "generators", "workspaces" })
        {
            CopyFolder(Path.Combine(root, folder), Path.Combine(copy, folder));
        }

        foreach (var file in Directory.EnumerateFiles(root, "Directory.*.props").Append(Path.Combine(root, "nuget.config")))
        {
            File.Copy(file, Path.Combine(copy, Path.GetFileName(file)));
        }

        // nuget.config lists the local feed folder; it must exist for restore.
        Directory.CreateDirectory(Path.Combine(copy, "artifacts", "feed"));
    }

    private static void CopyFolder(string from, string to)
    {
        Directory.CreateDirectory(to);
        foreach (var file in Directory.EnumerateFiles(from))
        {
            File.Copy(file, Path.Combine(to, Path.GetFileName(file)));
        }

        foreach (var dir in Directory.EnumerateDirectories(from))
        {
            var name = Path.GetFileName(dir);
            if (name is "bin" or "obj")
            {
                continue;
            }

            CopyFolder(dir, Path.Combine(to, name));
        }
    }
}
