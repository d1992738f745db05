using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using OpenCode.Manifests.Diagnostics;
using OpenCode.Manifests.Graph;
using OpenCode.Manifests.Pipeline;
using OpenCode.Manifests.Rendering;
using OpenCode.Manifests.Validation;
using OpenCode.Manifests.Writing;

namespace OpenCode.Manifests.Cli;

/// <summary>
/// The command line the build target runs (through the generated entry point):
/// <c>emit --root &lt;dir&gt; [--check]</c>. Errors are printed in canonical MSBuild form so the build lists them
/// with file and line; exit code 1 on any error or, in check mode, on any drift.
/// </summary>
public static class ManifestsProgram
{
    /// <summary>Runs the command line.</summary>
    public static int Run(string[] args, AppRegistry registry) => Run(args, registry, Console.Out, Console.Error);

    /// <summary>Runs the command line with explicit output streams (tests).</summary>
    public static int Run(string[] args, AppRegistry registry, TextWriter output, TextWriter error)
    {
        if (!TryParse(args, out var root, out var check, out var listFile, out var usage))
        {
            error.WriteLine($"OpenCode.Manifests: error OCM3000: {usage}");
            return 2;
        }

        var stopwatch = Stopwatch.StartNew();
        var emission = ManifestPipeline.Run(registry);
        foreach (var diagnostic in emission.Diagnostics)
        {
            (diagnostic.Severity == DiagnosticSeverity.Error ? error : output).WriteLine(diagnostic.ToString());
        }

        if (emission.Diagnostics.Any(d => d.Severity == DiagnosticSeverity.Error))
        {
            return 1;
        }

        var writer = new TreeWriter(root!, emission.OwnedFolders);
        if (check)
        {
            var result = writer.Check(emission.Files);
            foreach (var path in result.DifferingFiles)
            {
                error.WriteLine($"{Path.Combine(root!, path)}: error OCM3002: differs from what the workspace definitions produce; run dotnet build and commit the result.");
            }

            foreach (var path in result.MissingFiles)
            {
                error.WriteLine($"{Path.Combine(root!, path)}: error OCM3003: is missing; run dotnet build and commit the result.");
            }

            foreach (var path in result.Pruned)
            {
                error.WriteLine($"{Path.Combine(root!, path)}: error OCM3004: is stale (no workspace produces it any more); run dotnet build and commit the deletion.");
            }

            ReportConflicts(result, root!, error);
            output.WriteLine($"OpenCode.Manifests: check {(result.IsClean ? "passed" : "failed")}: {registry.Apps.Count} workspaces, {emission.Files.Count} files, {result.DifferingFiles.Count} differing, {result.MissingFiles.Count} missing, {result.Pruned.Count} stale ({stopwatch.ElapsedMilliseconds} ms)");
            return result.IsClean ? 0 : 1;
        }

        var written = writer.Write(emission.Files);
        ReportConflicts(written, root!, error);
        if (listFile is not null)
        {
            // The build target's incremental inputs: editing or deleting an emitted file makes the next build emit.
            Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(listFile))!);
            File.WriteAllLines(listFile, emission.Files.Select(f => Path.GetFullPath(Path.Combine(root!, f.RelativePath))));
        }

        output.WriteLine($"OpenCode.Manifests: {registry.Apps.Count} workspaces, {written.Written.Count} files written, {written.Unchanged.Count} unchanged, {written.Pruned.Count} pruned ({stopwatch.ElapsedMilliseconds} ms)");
        return written.Conflicts.Count == 0 ? 0 : 1;
    }

    private static void ReportConflicts(WriteResult result, string root, TextWriter error)
    {
        foreach (var path in result.Conflicts)
        {
            error.WriteLine($"{Path.Combine(root, path)}: error OCM3001: exists and was not written by OpenCode.Manifests (no generated-file marker); it is never overwritten: move it away or remove it.");
        }
    }

    private static bool TryParse(string[] args, out string? root, out bool check, out string? listFile, out string usage)
    {
        root = null;
        check = false;
        listFile = null;
        usage = "usage: emit --root <folder> [--check] [--list <file>]";
        if (args.Length == 0 || args[0] != "emit")
        {
            return false;
        }

        for (var i = 1; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--root" when i + 1 < args.Length:
                    root = args[++i];
                    break;
                case "--list" when i + 1 < args.Length:
                    listFile = args[++i];
                    break;
                case "--check":
                    check = true;
                    break;
                default:
                    usage = $"unknown argument '{args[i]}'; " + usage;
                    return false;
            }
        }

        return root is not null;
    }
}
