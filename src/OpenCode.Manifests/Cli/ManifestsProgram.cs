using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Text;
using OpenCode.Manifests.Diagnostics;
using OpenCode.Manifests.Diffing;
using OpenCode.Manifests.Pipeline;
using OpenCode.Manifests.Writing;

namespace OpenCode.Manifests.Cli;

/// <summary>
/// The command line the build target runs (through the generated entry point):
/// <c>emit --root &lt;dir&gt; [--check] [--list &lt;file&gt;] [--color auto|always|never] [--diff-lines &lt;n&gt;]</c>.
/// Problems are printed in canonical MSBuild form (<c>file(line,col): error OCMnnnn: message</c>) so the build lists
/// them with file and line; files are named relative to the git repository's root. In check mode each differing,
/// missing or stale file is followed by its unified diff (committed → emitted), at most <c>--diff-lines</c> lines per
/// file. Exit codes as <c>flux diff</c>: 0 nothing differs, 1 drift (check mode), 2 an error (a build error, a
/// hand-written file in the way, a failed write, a bad command line).
/// </summary>
public static class ManifestsProgram
{
    private const string Origin = "OpenCode.Manifests";

    /// <summary>Exit code: done, nothing differs.</summary>
    public const int Success = 0;

    /// <summary>Exit code: check mode found drift.</summary>
    public const int Drift = 1;

    /// <summary>Exit code: an error.</summary>
    public const int Failure = 2;

    /// <summary>Runs the command line.</summary>
    public static int Run(string[] args, AppRegistry registry) => Run(args, registry, Console.Out, Console.Error, ConsoleFacts.Current());

    /// <summary>Runs the command line with explicit output streams (tests); colours only when asked for.</summary>
    public static int Run(string[] args, AppRegistry registry, TextWriter output, TextWriter error) =>
        Run(args, registry, output, error, new ConsoleFacts(new Dictionary<string, string?>(), OutputIsTerminal: false));

    /// <summary>Runs the command line with explicit output streams and console facts.</summary>
    public static int Run(string[] args, AppRegistry registry, TextWriter output, TextWriter error, ConsoleFacts console)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(registry);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(error);
        ArgumentNullException.ThrowIfNull(console);
        var line = CommandLine.Parse(args, out var usage);
        if (line is null)
        {
            error.WriteLine(Format(Origin, DiagnosticCatalog.BadCommandLine, usage));
            return Failure;
        }

        try
        {
            return line.Verb == "diff"
                ? Diff(registry, line, output, error)
                : Emit(registry, line, output, error, console.UseColor(line.Color));
        }
        catch (GitTreeException exception)
        {
            error.WriteLine(Format(Origin, DiagnosticCatalog.DiffBaseUnreadable, exception.Message));
            return Failure;
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or InvalidOperationException or ArgumentException)
        {
            error.WriteLine(Format(Origin, DiagnosticCatalog.EmitFailed, $"{exception.GetType().Name}: {exception.Message}"));
            return Failure;
        }
    }

    private static int Emit(AppRegistry registry, CommandLine line, TextWriter output, TextWriter error, bool color)
    {
        var root = line.Root!;
        var stopwatch = Stopwatch.StartNew();
        var onDisk = new HandWrittenManifestsOnDisk(root);
        var emission = ManifestPipeline.Run(registry, onDisk);
        foreach (var diagnostic in emission.Diagnostics)
        {
            (diagnostic.Severity == DiagnosticSeverity.Error ? error : output).WriteLine(diagnostic.ToString());
        }

        if (emission.Diagnostics.Any(d => d.Severity == DiagnosticSeverity.Error))
        {
            return Failure;
        }

        if (SourceRoot.Mismatch(root, emission.Graph.Conventions) is { } mismatch)
        {
            output.WriteLine(Format(Origin, DiagnosticCatalog.SourceRootMismatch, mismatch));
        }

        var paths = new DisplayPaths(root);
        var writer = new TreeWriter(root, emission.OwnedFolders);
        if (line.Check)
        {
            var result = writer.Check(emission.Files);
            var emitted = emission.Files.ToDictionary(f => f.RelativePath, StringComparer.Ordinal);

            // Each drift line goes to the same stream as its diff, so the two stay together in the build's output.
            foreach (var path in result.DifferingFiles)
            {
                output.WriteLine(Format(paths.Of(path), DiagnosticCatalog.DriftDiffers, "differs from what the app definitions produce; run dotnet build and commit the result."));
                PrintDiff(output, paths, path, ReadText(paths.Full(path)), Text(emitted[path]), line, color);
            }

            foreach (var path in result.MissingFiles)
            {
                output.WriteLine(Format(paths.Of(path), DiagnosticCatalog.DriftMissing, "is missing; run dotnet build and commit the result."));
                PrintDiff(output, paths, path, null, Text(emitted[path]), line, color);
            }

            foreach (var path in result.Pruned)
            {
                output.WriteLine(Format(paths.Of(path), DiagnosticCatalog.DriftStale, "is stale (no app produces it any more); run dotnet build and commit the deletion."));
                PrintDiff(output, paths, path, ReadText(paths.Full(path)), null, line, color);
            }

            ReportConflicts(result, paths, error);
            output.WriteLine($"{Origin}: check {(result.IsClean ? "passed" : "failed")}: {Count(registry.Apps.Count, "app")}, {emission.Files.Count} files, {result.DifferingFiles.Count} differing, {result.MissingFiles.Count} missing, {result.Pruned.Count} stale ({stopwatch.ElapsedMilliseconds} ms)");
            if (result.Conflicts.Count > 0)
            {
                return Failure;
            }

            if (!result.IsClean)
            {
                error.WriteLine(Format(Origin, DiagnosticCatalog.CheckFoundDrift, "the committed Flux tree differs from what the app definitions produce (see the files and diffs above)."));
            }

            return result.IsClean ? Success : Drift;
        }

        var written = writer.Write(emission.Files);
        ReportConflicts(written, paths, error);
        if (line.ListFile is { } listFile)
        {
            // The build target's incremental inputs: editing or deleting an emitted or hand-written file makes the next
            // build emit (the target also globs the folders of these files for YAML added by hand).
            Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(listFile))!);
            var folders = emission.Files.Select(f => f.RelativePath[..Math.Max(0, f.RelativePath.LastIndexOf('/'))]).Distinct(StringComparer.Ordinal);
            var handWritten = folders.SelectMany(folder => onDisk.FilesIn(folder).Select(name => paths.Full(folder + "/" + name)));
            File.WriteAllLines(listFile, emission.Files.Select(f => paths.Full(f.RelativePath)).Concat(handWritten));
        }

        output.WriteLine($"{Origin}: {Count(registry.Apps.Count, "app")}, {written.Written.Count} files written, {written.Unchanged.Count} unchanged, {written.Pruned.Count} pruned ({stopwatch.ElapsedMilliseconds} ms)");
        return written.Conflicts.Count == 0 ? Success : Failure;
    }

    /// <summary>
    /// The semantic diff: the marked YAML files committed at the base revision under the tree's folder against the
    /// files the definitions produce now. Writes nothing to the tree; exit 0 when nothing changed, 1 when something did.
    /// </summary>
    private static int Diff(AppRegistry registry, CommandLine line, TextWriter output, TextWriter error)
    {
        var root = Path.GetFullPath(line.Root!);
        var emission = ManifestPipeline.Run(registry, new HandWrittenManifestsOnDisk(root));
        foreach (var diagnostic in emission.Diagnostics)
        {
            (diagnostic.Severity == DiagnosticSeverity.Error ? error : output).WriteLine(diagnostic.ToString());
        }

        if (emission.Diagnostics.Any(d => d.Severity == DiagnosticSeverity.Error))
        {
            return Failure;
        }

        var repository = SourceRoot.FindRepositoryRoot(root)
            ?? throw new GitTreeException($"'{root}' is not inside a git repository, so there is no committed tree to compare with.");
        var folder = Path.GetRelativePath(repository, root).Replace(Path.DirectorySeparatorChar, '/');
        var appsPath = emission.Graph.Conventions.AppsPath;
        var committed = GitTree.Read(repository, line.Base!, (folder == "." ? string.Empty : folder + "/") + appsPath, TreeDiff.IsManifest)
            .ToDictionary(f => appsPath + "/" + f.Key, f => f.Value, StringComparer.Ordinal);
        var current = emission.Files.ToDictionary(f => f.RelativePath, Text, StringComparer.Ordinal);
        var changes = TreeDiff.Compare(committed, current, appsPath);
        var report = line.Markdown
            ? DiffReport.Markdown(changes, line.Base!, line.MaxChars ?? DiffReport.DefaultMarkdownCap)
            : DiffReport.Text(changes, line.Base!, line.MaxChars ?? int.MaxValue);
        if (line.Output is { } file)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(file))!);
            File.WriteAllBytes(file, new UTF8Encoding(false).GetBytes(report));
            output.WriteLine($"{Origin}: {changes.Count} changed objects against {line.Base}; report written to {file}");
        }
        else
        {
            output.Write(report);
        }

        return changes.Count == 0 ? Success : Drift;
    }

    private static void PrintDiff(TextWriter output, DisplayPaths paths, string path, string? committed, string? emitted, CommandLine line, bool color) =>
        DiffPrinter.Write(output, UnifiedDiff.Of(paths.Of(path), committed, emitted, line.DiffLines), color);

    private static string Text(TreeFile file) => Encoding.UTF8.GetString(file.Content.Span);

    private static string ReadText(string path) => Encoding.UTF8.GetString(File.ReadAllBytes(path));

    private static string Format(string origin, DiagnosticEntry entry, string message) =>
        $"{origin}: {(entry.Severity == DiagnosticSeverity.Error ? "error" : "warning")} {entry.Id}: {message}";

    private static void ReportConflicts(WriteResult result, DisplayPaths paths, TextWriter error)
    {
        foreach (var path in result.Conflicts)
        {
            error.WriteLine(Format(paths.Of(path), DiagnosticCatalog.HandWrittenFileInTheWay,
                "exists and was not written by OpenCode.Manifests (no generated-file marker); it is never overwritten: move it away or remove it."));
        }
    }

    /// <summary>"1 app", "2 apps".</summary>
    private static string Count(int count, string noun) =>
        count.ToString(System.Globalization.CultureInfo.InvariantCulture) + " " + (count == 1 ? noun : noun + "s");
}
