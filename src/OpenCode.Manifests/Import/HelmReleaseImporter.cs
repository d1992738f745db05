using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using OpenCode.Manifests.AppTemplate;
using OpenCode.Manifests.Diagnostics;
using OpenCode.Manifests.Graph;
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
        var read = new List<ReleaseDocument>();
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

            read.AddRange(documents);
        }

        // The chart most releases pin is the project's conventions' chart; an app that pins another says so itself.
        var projectChart = read.Select(document => ChartOf(document, options.ChartVersion))
            .OfType<OpenCode.Manifests.Conventions.ChartSource>()
            .GroupBy(chart => chart)
            .OrderByDescending(group => group.Count())
            .ThenBy(group => group.Key.Version, StringComparer.Ordinal)
            .Select(group => group.Key)
            .FirstOrDefault();
        // Where each release runs (it reads the Flux Kustomizations next to it): worked out once per release.
        var namespaces = read.ToDictionary<ReleaseDocument, ReleaseDocument, string>(document => document, ReleaseNamespace.Of, ReferenceEqualityComparer.Instance);
        var duplicates = DuplicatesOf(read, namespaces, diagnostics);
        var readings = new List<(ReleaseDocument Document, ValuesReading Reading)>();
        foreach (var document in read.Where(document => !duplicates.Contains(document)))
        {
            if (document.Name.Contains("${", StringComparison.Ordinal))
            {
                diagnostics.Add(ImportDiagnostic.For(DiagnosticCatalog.ReleaseNamedByVariable,
                    $"HelmRelease '{document.Name}' is named by a Flux variable: a template Flux fills in per app (a component), not one release; the release was not imported.",
                    document.File, document.Line, 1));
                continue;
            }

            if (ValuesModelChoice.Choose(document, options, diagnostics) is { } reading)
            {
                readings.Add((document, reading));
            }
        }

        // Releases of one major share their values model's namespace: the project imports it once, globally.
        var majors = readings.Where(r => r.Reading.Model is not null).Select(r => r.Reading.Major).Distinct().ToList();
        var modelNamespace = majors.Count == 1 ? (majors[0] == 5 ? typeof(OpenCode.Manifests.AppTemplate.V5.AppTemplateValues).Namespace : typeof(AppTemplateValues).Namespace) : null;
        foreach (var (document, reading) in readings)
        {
            if (ImportRelease(document, namespaces[document], reading, classNames, diagnostics, projectChart, modelNamespace) is { } release)
            {
                releases.Add(release);
            }
        }

        return new ImportResult(releases, diagnostics) { ProjectChart = projectChart, ModelNamespace = modelNamespace };
    }

    private ImportedRelease? ImportRelease(ReleaseDocument document, string appNamespace, ValuesReading reading, CSharpIdentifiers classNames, List<ImportDiagnostic> diagnostics,
        OpenCode.Manifests.Conventions.ChartSource? projectChart, string? modelNamespace)
    {
        if (reading.Model is null)
        {
            var exception = reading.Problem!;
            diagnostics.Add(ImportDiagnostic.For(DiagnosticCatalog.ValuesNotReadable,
                $"HelmRelease '{document.Name}': spec.values do not fit the app-template {reading.Major}.x model ({exception.Problem} at {reading.ProblemPath}); the release was not imported.",
                document.File, exception.Line, exception.Column));
            return null;
        }

        var context = new ImportContext(document.File, document.Values, document.Text) { NameNode = document.NameNode };
        var recordName = classNames.Type(document.Name, "Release");
        string body;
        IEnumerable<string> usings;
        Workload workload;
        CSharpValueWriter specWriter;
        if (reading.Model is AppTemplateValues values)
        {
            var writer = new ReleaseCodeWriter(context);
            body = writer.WriteBody(document, values);
            usings = writer.Usings;
            workload = AppTemplateWorkload.From(values);
            specWriter = new CSharpValueWriter(context, CSharpTypeNames.V4);
        }
        else
        {
            var v5 = (OpenCode.Manifests.AppTemplate.V5.AppTemplateValues)reading.Model;
            var writer = new V5ReleaseCodeWriter(context);
            body = writer.WriteBody(document, v5);
            usings = writer.Usings;
            workload = AppTemplateV5Workload.From(v5);
            specWriter = new CSharpValueWriter(context, CSharpTypeNames.V5);
        }

        var (typed, releaseStatement) = ReleaseSpecChanges.Write(document, specWriter, context, indent: 2);
        if (!typed)
        {
            diagnostics.AddRange(context.Diagnostics);
            return null;
        }

        var tail = new StringBuilder();
        if (releaseStatement is not null)
        {
            tail.Append("        ").Append(releaseStatement).Append('\n');
        }

        foreach (var (secret, madeBy) in SecretsReadByRelease.Of(workload, document.File))
        {
            tail.Append("        app.ProvidedSecret(").Append(CSharpLiterals.Quote(secret)).Append(");")
                .Append(madeBy is null ? " // made outside the imported folder" : " // " + madeBy).Append('\n');
        }

        var unpinned = workload.Containers.Where(container => !Validation.ImageReference.Of(container.Image).IsPinned).ToList();
        foreach (var container in unpinned)
        {
            tail.Append("        app.AcceptUnpinnedImage(").Append(CSharpLiterals.Quote(container.ControllerId)).Append(", ")
                .Append(CSharpLiterals.Quote(container.Id)).Append("); // the release runs this image unpinned\n");
        }

        foreach (var volume in workload.Volumes)
        {
            foreach (var mount in volume.DanglingMounts)
            {
                tail.Append("        app.AcceptIgnoredMount(").Append(CSharpLiterals.Quote(volume.Id)).Append(", ").Append(CSharpLiterals.Quote(mount.ControllerId))
                    .Append(mount.ContainerId is null ? "" : ", " + CSharpLiterals.Quote(mount.ContainerId))
                    .Append("); // ").Append(DiagnosticCatalog.DanglingMount.Id).Append(": the chart mounts nothing there; fix or remove the entry\n");
            }
        }

        var notes = context.Diagnostics
            .Where(d => d.Id == DiagnosticCatalog.KeptAsFreeForm.Id || d.Id == DiagnosticCatalog.DanglingMount.Id)
            .Select(note => $"{note.Id} (line {note.Line}): {note.Message}")
            .ToList();
        // Without a version found (OCM4009 said so) the app runs the project's chart (the library's 4.x default when
        // none) if that is the major the values were read as, else the newest version of that major the library models.
        var chart = ChartOf(document, options.ChartVersion);
        if (chart is null && (projectChart?.MajorVersion ?? 4) != reading.Major)
        {
            chart = new OpenCode.Manifests.Conventions.ChartSource(DefaultChartUrl, reading.Major == 5 ? "5.1.0" : "4.6.2");
        }

        var source = AppRecordWriter.Write(new AppRecordWriter.Parts(document, recordName, appNamespace, chart is null || chart == projectChart ? null : chart,
            usings.Concat(specWriter.TypeNames.ImportedNamespaces).Where(u => u != modelNamespace), notes, body + tail) { AcceptsUnpinnedImage = unpinned.Count > 0 }, options.Namespace);
        diagnostics.AddRange(context.Diagnostics);
        var className = recordName;
        return new ImportedRelease(document, className, options.Namespace + "." + className, className + ".cs", source, reading.Major)
        {
            AppNamespace = appNamespace,
        };
    }

    /// <summary>Releases sharing a name and namespace (OCM4013, one per later release): one project is one cluster.</summary>
    private static HashSet<ReleaseDocument> DuplicatesOf(List<ReleaseDocument> documents, Dictionary<ReleaseDocument, string> namespaces, List<ImportDiagnostic> diagnostics)
    {
        var result = new HashSet<ReleaseDocument>();
        foreach (var group in documents.GroupBy(document => (Namespace: namespaces[document], document.Name)).Where(group => group.Count() > 1))
        {
            var first = group.First();
            foreach (var later in group.Skip(1))
            {
                diagnostics.Add(ImportDiagnostic.For(DiagnosticCatalog.DuplicateImportedRelease,
                    $"HelmRelease '{later.Name}' runs in namespace '{group.Key.Namespace}' like the one in {first.File} (line {first.Line}); a project is one cluster: import each cluster's folder into its own project. Neither was imported.",
                    later.File, later.Line, 1));
            }

            result.UnionWith(group);
        }

        return result;
    }

    /// <summary>
    /// The chart the app pins: the OCIRepository its chartRef resolves to (address, version, digest); for a
    /// <c>spec.chart</c> template, the version it names at bjw-s' address (only the major matters: the folder then
    /// writes no chart source).
    /// </summary>
    private static OpenCode.Manifests.Conventions.ChartSource? ChartOf(ReleaseDocument document, string? versionGiven)
    {
        if (document.ChartSource is { Version: { } version } source)
        {
            return new OpenCode.Manifests.Conventions.ChartSource(source.Url, version) { Digest = source.Digest };
        }

        return (document.ChartVersion ?? versionGiven) is { } named ? new OpenCode.Manifests.Conventions.ChartSource(DefaultChartUrl, named) : null;
    }

    /// <summary>Where bjw-s publishes app-template (for releases that name only a version).</summary>
    private const string DefaultChartUrl = "oci://ghcr.io/bjw-s-labs/helm/app-template";
}
