using OpenCode.Manifests.Diagnostics;
using System;
using System.IO;
using System.Linq;

namespace OpenCode.Manifests.Import;

/// <summary>
/// The <c>ocm-import</c> command line: <c>ocm-import &lt;file-or-folder&gt; [--project &lt;dir&gt; [--library &lt;path&gt;] | --out &lt;dir&gt;]
/// [--namespace &lt;ns&gt;] [--chart-version &lt;version&gt;]</c>. <c>--project</c> writes a buildable project (csproj and one
/// file per release); <c>--out</c> the files only; without either the C# goes to standard output. Diagnostics go to standard error in the
/// <c>file(line,col): error OCM4nnn: message</c> form. Exit code 0 when everything was imported (warnings allowed),
/// 1 when a file or release was not, 2 for a usage error.
/// </summary>
public static class ImportCommand
{
    /// <summary>The usage text.</summary>
    public const string Usage = "usage: ocm-import <helmrelease.yaml | folder> [--project <dir> [--library <OpenCode.Manifests.csproj>] | --out <dir>] [--namespace <C# namespace>] [--chart-version <version>]";

    /// <summary>Runs the command; returns the exit code.</summary>
    public static int Run(string[] args, TextWriter output, TextWriter error)
    {
        string? input = null;
        string? outDirectory = null;
        string? projectDirectory = null;
        string? library = null;
        var options = new ImportOptions();
        for (var i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--out" when i + 1 < args.Length:
                    outDirectory = args[++i];
                    break;
                case "--project" when i + 1 < args.Length:
                    projectDirectory = args[++i];
                    break;
                case "--library" when i + 1 < args.Length:
                    library = args[++i];
                    break;
                case "--chart-version" when i + 1 < args.Length:
                    options = options with { ChartVersion = args[++i] };
                    break;
                case "--namespace" when i + 1 < args.Length:
                    options = options with { Namespace = args[++i] };
                    break;
                case "-h" or "--help":
                    output.WriteLine(Usage);
                    return 0;
                default:
                    if (input is not null || args[i].StartsWith("--", StringComparison.Ordinal))
                    {
                        error.WriteLine(Usage);
                        return 2;
                    }

                    input = args[i];
                    break;
            }
        }

        if (input is null || (projectDirectory is not null && outDirectory is not null) || (library is not null && (projectDirectory is null || !library.EndsWith(".csproj", StringComparison.OrdinalIgnoreCase))))
        {
            error.WriteLine(Usage);
            return 2;
        }

        if (!options.Namespace.Split('.').All(part => part.Length > 0 && (char.IsLetter(part[0]) || part[0] == '_') && part.All(c => char.IsLetterOrDigit(c) || c == '_')))
        {
            error.WriteLine($"ocm-import: '{options.Namespace}' is not a C# namespace.");
            return 2;
        }

        var result = new HelmReleaseImporter(options).ImportPath(input);
        foreach (var diagnostic in result.Diagnostics)
        {
            error.WriteLine(diagnostic.ToString());
        }

        if (projectDirectory is not null)
        {
            foreach (var path in ProjectWriter.Write(result, projectDirectory, library, input))
            {
                output.WriteLine("wrote " + path);
            }
        }
        else if (outDirectory is null)
        {
            foreach (var release in result.Releases)
            {
                output.Write("// ---- " + release.FileName + "\n" + release.Source);
            }
        }
        else
        {
            foreach (var path in result.WriteTo(outDirectory))
            {
                output.WriteLine("wrote " + path);
            }
        }

        var kept = result.Diagnostics.Count(d => d.Id == DiagnosticCatalog.KeptAsFreeForm.Id);
        error.WriteLine($"ocm-import: {result.Releases.Count} release(s) imported, {result.Diagnostics.Count(d => d.IsError)} error(s), {kept} value(s) kept as free-form YAML.");
        return result.HasErrors ? 1 : 0;
    }
}
