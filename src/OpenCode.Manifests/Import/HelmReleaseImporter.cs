using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using OpenCode.Manifests.AppTemplate;
using OpenCode.Manifests.Diagnostics;
using OpenCode.Manifests.Values;

namespace OpenCode.Manifests.Import;

/// <summary>
/// Turns hand-written app-template HelmReleases into C#: an <c>AppTemplateBuilder</c> with handles for controllers,
/// containers, volumes and their mounts, services and routes, and the typed values model for everything else.
/// Values the model has no property for are kept as free-form YAML and reported (OCM4004), never dropped.
/// </summary>
public sealed class HelmReleaseImporter
{
    private readonly ImportOptions options;

    /// <summary>Creates an importer.</summary>
    public HelmReleaseImporter(ImportOptions? options = null) => this.options = options ?? new ImportOptions();

    /// <summary>
    /// Imports a YAML file, or every <c>*.yaml</c>/<c>*.yml</c> file under a folder (files without an app-template
    /// HelmRelease are skipped silently there). Never throws for bad input: problems are diagnostics.
    /// </summary>
    public ImportResult ImportPath(string fileOrFolder)
    {
        if (Directory.Exists(fileOrFolder))
        {
            var paths = Directory.EnumerateFiles(fileOrFolder, "*.yaml", SearchOption.AllDirectories)
                .Concat(Directory.EnumerateFiles(fileOrFolder, "*.yml", SearchOption.AllDirectories))
                .OrderBy(path => path, StringComparer.Ordinal)
                .ToList();
            var files = paths.Select(path => (path, ReadText(path))).ToList();
            var sources = new ChartSourceIndex();
            foreach (var (path, text) in files.Where(f => f.Item2 is not null))
            {
                sources.Add(path, text!);
            }

            return Import(files, singleFile: false, sources);
        }

        return ImportText(fileOrFolder, ReadText(fileOrFolder));
    }

    /// <summary>
    /// Imports YAML text as if read from <paramref name="file"/> (the name used in diagnostics); the OCIRepositories
    /// of that file's folder, when it exists, give the chart version.
    /// </summary>
    public ImportResult ImportText(string file, string? text)
    {
        var sources = ChartSourceIndex.FromFolderOf(file);
        if (text is not null)
        {
            sources.Add(file, text);
        }

        return Import(new[] { (file, text) }, singleFile: true, sources);
    }

    private static string? ReadText(string path)
    {
        try
        {
            return File.ReadAllText(path);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            return null;
        }
    }

    private ImportResult Import(IEnumerable<(string File, string? Text)> inputs, bool singleFile, ChartSourceIndex sources)
    {
        var diagnostics = new List<ImportDiagnostic>();
        var releases = new List<ImportedRelease>();
        var classNames = new CSharpIdentifiers();
        foreach (var (file, text) in inputs)
        {
            if (text is null)
            {
                diagnostics.Add(ImportDiagnostic.For(DiagnosticCatalog.InputNotReadable,
                    "the file or folder does not exist or cannot be read.", file, 0, 0));
                continue;
            }

            var documents = ReleaseDocumentReader.Read(file, text, diagnostics, reportOtherCharts: singleFile, sources);
            if (documents.Count == 0 && singleFile && !diagnostics.Any(d => d.File == file))
            {
                diagnostics.Add(ImportDiagnostic.For(DiagnosticCatalog.NothingToImport,
                    "no app-template HelmRelease in this file (kind: HelmRelease with chartRef app-template or chart.spec.chart app-template).", file, 1, 1));
            }

            foreach (var document in documents)
            {
                if (ImportRelease(document, classNames, diagnostics) is { } release)
                {
                    releases.Add(release);
                }
            }
        }

        return new ImportResult(releases, diagnostics);
    }

    private ImportedRelease? ImportRelease(ReleaseDocument document, CSharpIdentifiers classNames, List<ImportDiagnostic> diagnostics)
    {
        var reading = ValuesModelChoice.Choose(document, options, diagnostics);
        if (reading is null)
        {
            return null;
        }

        if (reading.Model is null)
        {
            var exception = reading.Problem!;
            diagnostics.Add(ImportDiagnostic.For(DiagnosticCatalog.ValuesNotReadable,
                $"HelmRelease '{document.Name}': spec.values do not fit the app-template {reading.Major}.x model ({exception.Problem} at {reading.ProblemPath}); the release was not imported.",
                document.File, exception.Line, exception.Column));
            return null;
        }

        var context = new ImportContext(document.File, document.Values, document.Text) { NameNode = document.NameNode };
        var className = classNames.Type(document.Name, "Release");
        var source = reading.Model is AppTemplateValues values
            ? new ReleaseCodeWriter(context).Write(document, values, options.Namespace, className)
            : new V5ReleaseCodeWriter(context).Write(document, (OpenCode.Manifests.AppTemplate.V5.AppTemplateValues)reading.Model, options.Namespace, className);
        diagnostics.AddRange(context.Diagnostics);
        return new ImportedRelease(document, className, options.Namespace + "." + className, className + ".cs", source, reading.Major);
    }
}
