using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;

namespace OpenCode.Manifests.Benchmarks;

/// <summary>
/// The benchmark (issue 7). <c>dotnet run -c Release --project tests/OpenCode.Manifests.Benchmarks</c> measures
/// everything, prints the markdown table and writes RESULTS.md next to this file.
/// Options: <c>--skip-build</c> (no build-overhead part), <c>--no-write</c> (print only).
/// Child modes: <c>emit-only N DIR</c> emits N workspaces into DIR and exits (the whole-process measurement);
/// <c>emit-profile N DIR</c> does the same, timing its parts (the start-up profile).
/// </summary>
public static class Program
{
    private static readonly int[] Counts = { 1, 2, 100, 1000 };

    /// <summary>Entry point.</summary>
    public static int Main(string[] args)
    {
        if (args.Length == 3 && args[0] == "emit-only")
        {
            return EmissionBenchmark.EmitOnly(int.Parse(args[1], CultureInfo.InvariantCulture), args[2]);
        }

        if (args.Length == 3 && args[0] == "emit-profile")
        {
            return StartupProfile.Run(int.Parse(args[1], CultureInfo.InvariantCulture), args[2]);
        }

        var unknown = args.Except(new[] { "--skip-build", "--no-write" }).ToList();
        if (unknown.Count > 0)
        {
            Console.Error.WriteLine("usage: OpenCode.Manifests.Benchmarks [--skip-build] [--no-write] | emit-only N DIR");
            return 2;
        }

#if DEBUG
        Console.Error.WriteLine("warning: a Debug build; the committed numbers come from -c Release.");
#endif
        var started = DateTime.UtcNow;
        var loadAtStart = LoadAverage();
        var total = Stopwatch.StartNew();
        var layout = RepoLayout.Find();
        var scratch = Path.Combine(Path.GetTempPath(), "ocm-bench-" + Environment.ProcessId.ToString(CultureInfo.InvariantCulture));
        Directory.CreateDirectory(scratch);
        try
        {
            // First, while nothing of Roslyn has been loaded or compiled in this process: the cold generator run.
            var generator = Step("generator", () => GeneratorBenchmark.Measure(layout, runs: 5));

            var emission = Step("emission in-process", () => Counts.Select(n => n switch
            {
                <= 2 => EmissionBenchmark.Measure(n, warmups: 5, runs: 15, scratch),
                <= 100 => EmissionBenchmark.Measure(n, warmups: 2, runs: 7, scratch),
                _ => EmissionBenchmark.Measure(n, warmups: 1, runs: 3, scratch),
            }).ToList());
            var stages = Step("stage breakdown", () => new[] { StageProfile.Measure(100, runs: 3, pairedRuns: 6, scratch), StageProfile.Measure(1000, runs: 1, pairedRuns: 4, scratch) });

            var cdk8s = Step("cdk8s setup", () => Cdk8sBaseline.Prepare(layout));
            Step("tree equivalence", () => { WholeProcessBenchmark.VerifyEquivalent(cdk8s, scratch); return 0; });
            var whole = Step("whole process vs cdk8s", () =>
            {
                WholeProcessBenchmark.WarmUp(cdk8s, scratch);
                return Counts.Select(n => WholeProcessBenchmark.Measure(n, runs: 3, cdk8s, scratch)).ToList();
            });
            var startup = Step("start-up profile", () => new[] { StartupProfile.Measure(1, runs: 3, scratch), StartupProfile.Measure(1000, runs: 1, scratch) });

            var build = args.Contains("--skip-build") ? null : Step("build overhead", () => BuildOverheadBenchmark.Measure(layout, runs: 5, scratch));

            var machine = MachineDescription.Read(layout, cdk8s);
            var results = new BenchmarkResults(machine, started, total.Elapsed, emission, stages, whole, startup, generator, build, loadAtStart, LoadAverage());
            var markdown = ResultsReport.Render(results);
            Console.WriteLine();
            Console.Write(markdown);
            if (!args.Contains("--no-write"))
            {
                File.WriteAllText(layout.ResultsFile, markdown, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
                Console.WriteLine($"\nwritten to {Path.GetRelativePath(layout.Root, layout.ResultsFile)}");
            }

            return 0;
        }
        finally
        {
            TryDelete(scratch);
        }
    }

    private static T Step<T>(string name, Func<T> work)
    {
        Console.Error.Write($"{name}... ");
        var stopwatch = Stopwatch.StartNew();
        var result = work();
        Console.Error.WriteLine($"{stopwatch.Elapsed.TotalSeconds:F1} s");
        return result;
    }

    private static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Split(' ')[0] : "n/a";

    private static void TryDelete(string folder)
    {
        try
        {
            if (Directory.Exists(folder))
            {
                Directory.Delete(folder, recursive: true);
            }
        }
        catch (IOException)
        {
            // A leftover temporary folder is harmless.
        }
    }
}
