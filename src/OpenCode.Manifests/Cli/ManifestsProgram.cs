using System;
using System.Diagnostics;
using System.IO;
using System.Linq;
using OpenCode.Manifests.Diagnostics;
using OpenCode.Manifests.Pipeline;
using OpenCode.Manifests.Writing;

namespace OpenCode.Manifests.Cli;

/// <summary>
/// The command line the build target runs (through the generated entry point):
/// <c>emit --root &lt;dir&gt; [--check] [--list &lt;file&gt;]</c>. Problems are printed in canonical MSBuild form
/// (<c>file(line,col): error OCMnnnn: message</c>) so the build lists them with file and line; the exit code is 0
/// when all is well, 1 on errors or (in check mode) drift, 2 on a bad command line.
/// </summary>
public static class ManifestsProgram
{
    private const string Origin = "OpenCode.Manifests";

    /// <summary>Runs the command line.</summary>
    public static int Run(string[] args, AppRegistry registry) => Run(args, registry, Console.Out, Console.Error);

    /// <summary>Runs the command line with explicit output streams (tests).</summary>
    public static int Run(string[] args, AppRegistry registry, TextWriter output, TextWriter error)
    {
        if (!TryParse(args, out var root, out var check, out var listFile, out var usage))
        {
            error.WriteLine(Format(Origin, DiagnosticCatalog.BadCommandLine, usage));
            return 2;
        }

        try
        {
            return Emit(registry, root!, check, listFile, output, error);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or InvalidOperationException or ArgumentException)
        {
            error.WriteLine(Format(Origin, DiagnosticCatalog.EmitFailed, $"{exception.GetType().Name}: {exception.Message}"));
            return 1;
        }
    }

    private static int Emit(AppRegistry registry, string root, bool check, string? listFile, TextWriter output, TextWriter error)
    {
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

        if (SourceRoot.Mismatch(root, emission.Graph.Conventions) is { } mismatch)
        {
            output.WriteLine(Format(Origin, DiagnosticCatalog.SourceRootMismatch, mismatch));
        }

        var writer = new TreeWriter(root, emission.OwnedFolders);
        if (check)
        {
            var result = writer.Check(emission.Files);
            foreach (var path in result.DifferingFiles)
            {
                error.WriteLine(Format(Path.Combine(root, path), DiagnosticCatalog.DriftDiffers, "differs from what the app definitions produce; run dotnet build and commit the result."));
            }

            foreach (var path in result.MissingFiles)
            {
                error.WriteLine(Format(Path.Combine(root, path), DiagnosticCatalog.DriftMissing, "is missing; run dotnet build and commit the result."));
            }

            foreach (var path in result.Pruned)
            {
                error.WriteLine(Format(Path.Combine(root, path), DiagnosticCatalog.DriftStale, "is stale (no app produces it any more); run dotnet build and commit the deletion."));
            }

            ReportConflicts(result, root, error);
            output.WriteLine($"{Origin}: check {(result.IsClean ? "passed" : "failed")}: {Count(registry.Apps.Count, "app")}, {emission.Files.Count} files, {result.DifferingFiles.Count} differing, {result.MissingFiles.Count} missing, {result.Pruned.Count} stale ({stopwatch.ElapsedMilliseconds} ms)");
            if (!result.IsClean)
            {
                error.WriteLine(Format(Origin, DiagnosticCatalog.CheckFoundDrift, "the committed Flux tree differs from what the app definitions produce (see the files listed above)."));
            }

            return result.IsClean ? 0 : 1;
        }

        var written = writer.Write(emission.Files);
        ReportConflicts(written, root, error);
        if (listFile is not null)
        {
            // The build target's incremental inputs: editing or deleting an emitted file makes the next build emit.
            Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(listFile))!);
            File.WriteAllLines(listFile, emission.Files.Select(f => Path.GetFullPath(Path.Combine(root, f.RelativePath))));
        }

        output.WriteLine($"{Origin}: {Count(registry.Apps.Count, "app")}, {written.Written.Count} files written, {written.Unchanged.Count} unchanged, {written.Pruned.Count} pruned ({stopwatch.ElapsedMilliseconds} ms)");
        return written.Conflicts.Count == 0 ? 0 : 1;
    }

    private static string Format(string origin, DiagnosticEntry entry, string message) =>
        $"{origin}: {(entry.Severity == DiagnosticSeverity.Error ? "error" : "warning")} {entry.Id}: {message}";

    private static void ReportConflicts(WriteResult result, string root, TextWriter error)
    {
        foreach (var path in result.Conflicts)
        {
            error.WriteLine(Format(Path.Combine(root, path), DiagnosticCatalog.HandWrittenFileInTheWay,
                "exists and was not written by OpenCode.Manifests (no generated-file marker); it is never overwritten: move it away or remove it."));
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

    /// <summary>"1 app", "2 apps".</summary>
    private static string Count(int count, string noun) =>
        count.ToString(System.Globalization.CultureInfo.InvariantCulture) + " " + (count == 1 ? noun : noun + "s");
}
