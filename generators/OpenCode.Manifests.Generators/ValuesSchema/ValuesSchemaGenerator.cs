using System;
using System.Linq;
using System.Text;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using OpenCode.Manifests.Generators.ValuesSchema.Json;

namespace OpenCode.Manifests.Generators.ValuesSchema;

/// <summary>
/// Generates typed values models from chart values JSON schemas (<c>ChartValuesSchema</c> items).
/// Pipeline: parse each schema file (cached per file) → collect all documents → one <see cref="SchemaSpec"/>
/// per root → one source file per root. Every step's model is value-equal, so an edit to one schema re-emits
/// only the roots whose types actually changed.
/// </summary>
[Generator(LanguageNames.CSharp)]
public sealed class ValuesSchemaGenerator : IIncrementalGenerator
{
    private const string MetadataPrefix = "build_metadata.AdditionalFiles.";

    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        var documents = context.AdditionalTextsProvider
            .Combine(context.AnalyzerConfigOptionsProvider)
            .Select(static (pair, cancellationToken) => ReadDocument(pair.Left, pair.Right.GetOptions(pair.Left), cancellationToken))
            .Where(static document => document is not null)
            .Select(static (document, _) => document!)
            .WithTrackingName(TrackingNames.ParsedDocuments);

        var documentSet = documents
            .Collect()
            .Select(static (all, _) => new SchemaDocumentSet(all.OrderBy(d => d.NormalizedPath, StringComparer.Ordinal).ThenBy(d => d.Path, StringComparer.Ordinal).ToEquatableArray()))
            .WithTrackingName(TrackingNames.DocumentSet);

        var kubernetesModels = context.MetadataReferencesProvider
            .Select(static (reference, _) => KubernetesModelCatalog.FromReference(reference))
            .Collect()
            .Select(static (catalogs, _) => KubernetesModelCatalog.Merge(catalogs))
            .WithTrackingName(TrackingNames.KubernetesModels);

        var roots = documents
            .Where(static document => document.IsRoot)
            .WithTrackingName(TrackingNames.RootDocuments);

        // Kubernetes types: those referenced assemblies define, and those a definition library here generates.
        var kubernetesTypes = kubernetesModels
            .Combine(documentSet)
            .Select(static (pair, _) => KubernetesModelCatalog.WithLibraries(pair.Left, pair.Right))
            .WithTrackingName(TrackingNames.KubernetesModels + "WithLibraries");

        var specs = roots
            .Combine(documentSet)
            .Combine(kubernetesTypes)
            .Select(static (input, cancellationToken) => BuildSpec(input.Left.Left, input.Left.Right, input.Right, cancellationToken))
            .WithTrackingName(TrackingNames.Specs);

        var sources = specs
            .Select(static (spec, _) => EmitSource(spec))
            .WithTrackingName(TrackingNames.Sources);

        context.RegisterSourceOutput(documents, static (output, document) => Report(output, document.Diagnostics));
        context.RegisterSourceOutput(sources, static (output, source) => AddSource(output, source));
    }

    private static SchemaDocument? ReadDocument(AdditionalText file, AnalyzerConfigOptions options, CancellationToken cancellationToken)
    {
        if (!options.TryGetValue(MetadataPrefix + "OcmChartSchema", out var flag)
            || !string.Equals(flag.Trim(), "true", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        var path = file.Path;
        var normalizedPath = SchemaPaths.Normalize(path);
        var fileName = normalizedPath.Substring(normalizedPath.LastIndexOf('/') + 1);
        try
        {
            var ns = Metadata(options, "OcmNamespace");
            var rootType = Metadata(options, "OcmRootType");
            var chartName = Metadata(options, "OcmChartName");
            var isLibrary = string.Equals(Metadata(options, "OcmDefinitions"), "all", StringComparison.OrdinalIgnoreCase);

            var diagnostics = new DiagnosticBag();
            if (isLibrary && rootType is not null)
            {
                diagnostics.Add(DiagnosticDescriptors.InvalidItemMetadata, path, SourceSpan.FileStart, fileName, "Definitions=\"all\" generates every definition and takes no RootType; RootType is ignored");
                rootType = null;
            }

            if (isLibrary && (ns is null || !Naming.IsValidNamespace(ns)))
            {
                diagnostics.Add(DiagnosticDescriptors.InvalidItemMetadata, path, SourceSpan.FileStart, fileName, "a definition library (Definitions=\"all\") needs a valid Namespace; no code is generated for it");
                isLibrary = false;
            }

            if (rootType is not null)
            {
                string? problem = null;
                if (!Naming.IsValidTypeName(rootType))
                {
                    problem = "RootType '" + rootType + "' is not a valid C# type name";
                }
                else if (ns is null)
                {
                    problem = "a root schema (RootType is set) needs a Namespace";
                }
                else if (!Naming.IsValidNamespace(ns))
                {
                    problem = "Namespace '" + ns + "' is not a valid C# namespace";
                }

                if (problem is not null)
                {
                    diagnostics.Add(DiagnosticDescriptors.InvalidItemMetadata, path, SourceSpan.FileStart, fileName, problem + "; no code is generated for it");
                    rootType = null;
                }
            }

            var text = file.GetText(cancellationToken);
            JsonValue? root = null;
            if (text is null)
            {
                diagnostics.Add(DiagnosticDescriptors.InvalidJson, path, SourceSpan.FileStart, fileName, "the file could not be read");
            }
            else
            {
                var result = JsonParser.Parse(text.ToString());
                root = result.Value;
                if (result.Error is not null)
                {
                    diagnostics.Add(DiagnosticDescriptors.InvalidJson, path, result.ErrorSpan, fileName, result.Error);
                }
            }

            return new SchemaDocument(path, normalizedPath, ns, rootType, chartName, root, diagnostics.Items.ToEquatableArray()) { IsLibrary = isLibrary };
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            var diagnostic = DiagnosticInfo.Create(DiagnosticDescriptors.InternalError, path, SourceSpan.FileStart, fileName, Describe(exception));
            return new SchemaDocument(path, normalizedPath, null, null, null, null, new EquatableArray<DiagnosticInfo>(new[] { diagnostic }));
        }
    }

    private static string? Metadata(AnalyzerConfigOptions options, string name) =>
        options.TryGetValue(MetadataPrefix + name, out var value) && value.Trim().Length > 0 ? value.Trim() : null;

    private static SchemaSpec BuildSpec(SchemaDocument root, SchemaDocumentSet all, KubernetesModelCatalog kubernetesModels, CancellationToken cancellationToken)
    {
        try
        {
            return SpecBuilder.Build(root, all, kubernetesModels, cancellationToken);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            var diagnostic = DiagnosticInfo.Create(DiagnosticDescriptors.InternalError, root.Path, SourceSpan.FileStart, root.FileName, Describe(exception));
            return new SchemaSpec(
                SpecBuilder.HintNameFor(root),
                root.Namespace ?? string.Empty,
                root.RootType ?? string.Empty,
                root.ChartName,
                root.Path,
                root.FileName,
                EquatableArray<TypeSpec>.Empty,
                EquatableArray<string>.Empty,
                new EquatableArray<DiagnosticInfo>(new[] { diagnostic }));
        }
    }

    private static GeneratedSource EmitSource(SchemaSpec spec)
    {
        if (spec.Types.Count == 0)
        {
            return new GeneratedSource(spec.HintName, spec.SchemaPath, null, spec.Diagnostics);
        }

        try
        {
            return new GeneratedSource(spec.HintName, spec.SchemaPath, SourceEmitter.Emit(spec), spec.Diagnostics)
            {
                SerializerHintName = spec.HintName.Substring(0, spec.HintName.Length - ".g.cs".Length) + ".Yaml.g.cs",
                SerializerText = SerializerEmitter.Emit(spec),
            };
        }
        catch (Exception exception)
        {
            var diagnostic = DiagnosticInfo.Create(DiagnosticDescriptors.InternalError, spec.SchemaPath, SourceSpan.FileStart, spec.SchemaFileName, Describe(exception));
            return new GeneratedSource(spec.HintName, spec.SchemaPath, null, spec.Diagnostics.Concat(new[] { diagnostic }).ToEquatableArray());
        }
    }

    private static void AddSource(SourceProductionContext output, GeneratedSource source)
    {
        Report(output, source.Diagnostics);
        if (source.Text is null)
        {
            return;
        }

        try
        {
            output.AddSource(source.HintName, SourceText.From(source.Text, Encoding.UTF8));
            if (source.SerializerText is not null)
            {
                output.AddSource(source.SerializerHintName!, SourceText.From(source.SerializerText, Encoding.UTF8));
            }
        }
        catch (ArgumentException exception)
        {
            // Two items with the same Namespace and RootType: the hint name (and the C# type) would clash.
            var normalized = SchemaPaths.Normalize(source.SchemaPath);
            var fileName = normalized.Substring(normalized.LastIndexOf('/') + 1);
            var diagnostic = DiagnosticInfo.Create(
                DiagnosticDescriptors.InvalidItemMetadata,
                source.SchemaPath,
                SourceSpan.FileStart,
                fileName,
                "another ChartValuesSchema item already generates '" + source.HintName + "' (" + exception.Message + ")");
            output.ReportDiagnostic(diagnostic.ToDiagnostic());
        }
    }

    private static void Report(SourceProductionContext output, EquatableArray<DiagnosticInfo> diagnostics)
    {
        foreach (var diagnostic in diagnostics)
        {
            output.ReportDiagnostic(diagnostic.ToDiagnostic());
        }
    }

    private static string Describe(Exception exception)
    {
        var trace = exception.StackTrace ?? string.Empty;
        var firstFrame = trace.Split('\n').FirstOrDefault()?.Trim() ?? string.Empty;
        return exception.GetType().Name + ": " + exception.Message + (firstFrame.Length > 0 ? " " + firstFrame : string.Empty);
    }
}
