using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Nodes;
using Json.Schema;
using Xunit;

namespace OpenCode.Manifests.TestSupport;

/// <summary>
/// The upstream schemas from <c>../shared/reference/schemas</c>, read in place, built offline (every <c>$ref</c>
/// resolved from files registered under the base URI the schema names) and used as validators: the CRD and core
/// schemas (draft-07), and the values schema of one app-template version (4.x: draft-07, files under
/// <c>app-template-&lt;version&gt;</c>; 5.x: the common library's draft 2020-12 files under
/// <c>app-template-common-&lt;version&gt;</c>, each with its own <c>$id</c>).
/// </summary>
public sealed class UpstreamSchemas
{
    private static readonly Lazy<UpstreamSchemas> AppTemplate4Catalog = new(() => new UpstreamSchemas(RepositoryPaths.SharedReference, "4.4.0"));
    private static readonly Lazy<UpstreamSchemas> AppTemplate5Catalog = new(() => new UpstreamSchemas(RepositoryPaths.SharedReference, "5.1.0"));

    private readonly Lazy<JsonSchema> appTemplate;
    private readonly Dictionary<string, JsonSchema> crds = new(StringComparer.Ordinal);

    /// <param name="sharedReference">The reference folder holding <c>schemas/crds</c> and <c>schemas/app-template-&lt;version&gt;</c>.</param>
    /// <param name="appTemplateVersion">The app-template chart version whose values schema validates chart values.</param>
    public UpstreamSchemas(string sharedReference, string appTemplateVersion)
    {
        AppTemplateVersion = appTemplateVersion;
        IsDraft202012 = !appTemplateVersion.StartsWith("4.", StringComparison.Ordinal);
        AppTemplateFolder = Path.Combine(sharedReference, "schemas", IsDraft202012 ? $"app-template-common-{appTemplateVersion}" : $"app-template-{appTemplateVersion}");
        CrdFolder = Path.Combine(sharedReference, "schemas", "crds");
        appTemplate = new Lazy<JsonSchema>(BuildAppTemplate);
    }

    /// <summary>The schemas with app-template 4.4.0, the version the emitted OCIRepositories pin (asserted against the tree).</summary>
    public static UpstreamSchemas AppTemplate4 => AppTemplate4Catalog.Value;

    /// <summary>The schemas with app-template 5.1.0 (common 5.1.0, draft 2020-12), the 5.x the community runs.</summary>
    public static UpstreamSchemas AppTemplate5 => AppTemplate5Catalog.Value;

    public string AppTemplateVersion { get; }

    /// <summary>True for the 5.x values schema (JSON Schema draft 2020-12); false for 4.x (draft-07).</summary>
    public bool IsDraft202012 { get; }

    public string AppTemplateFolder { get; }

    public string CrdFolder { get; }

    /// <summary>Validates chart values against the common library's values.schema.json.</summary>
    public IReadOnlyList<string> ValidateValues(JsonNode values) => Errors(appTemplate.Value, values);

    /// <summary>Validates a Kubernetes object against the schema for its apiVersion and kind.</summary>
    public IReadOnlyList<string> ValidateObject(JsonObject manifest)
    {
        var apiVersion = manifest["apiVersion"]?.GetValue<string>() ?? throw new InvalidOperationException("no apiVersion");
        var kind = manifest["kind"]?.GetValue<string>() ?? throw new InvalidOperationException("no kind");
        return Errors(CrdSchema(apiVersion, kind), manifest);
    }

    /// <summary>The schema file the reference catalog holds for an apiVersion/kind (its naming convention).</summary>
    public string CrdPath(string apiVersion, string kind)
    {
        var slash = apiVersion.IndexOf('/');
        return slash < 0
            ? Path.Combine(CrdFolder, "core", $"{kind.ToLowerInvariant()}-{apiVersion}.json")
            : Path.Combine(CrdFolder, apiVersion[..slash], $"{kind.ToLowerInvariant()}_{apiVersion[(slash + 1)..]}.json");
    }

    private JsonSchema CrdSchema(string apiVersion, string kind)
    {
        var path = CrdPath(apiVersion, kind);
        lock (crds)
        {
            if (!crds.TryGetValue(path, out var schema))
            {
                Assert.True(File.Exists(path), $"no upstream schema for {apiVersion} {kind}: expected {path}");
                var options = new BuildOptions { SchemaRegistry = new SchemaRegistry(), Dialect = Dialect.Draft07, DialectRegistry = Dialects() };
                schema = JsonSchema.FromText(File.ReadAllText(path), options, new Uri("file:///crds/" + Path.GetRelativePath(CrdFolder, path).Replace('\\', '/')));
                crds[path] = schema;
            }

            return schema;
        }
    }

    /// <summary>
    /// The core schemas declare <c>http://json-schema.org/schema#</c> ("the latest draft" of their generator's day,
    /// openapi2jsonschema), which names no dialect; they are draft-07 documents, so that URI is read as draft-07.
    /// </summary>
    private static DialectRegistry Dialects()
    {
        var registry = new DialectRegistry();
        registry.Register(Dialect.Draft07.With(Array.Empty<IKeywordHandler>(), new Uri("http://json-schema.org/schema#")));
        return registry;
    }

    private JsonSchema BuildAppTemplate()
    {
        var rootPath = Path.Combine(AppTemplateFolder, "values.schema.json");
        Assert.True(File.Exists(rootPath), $"the upstream app-template schema is missing: {rootPath}");
        var rootText = File.ReadAllText(rootPath);
        var id = JsonNode.Parse(rootText)!["$id"]!.GetValue<string>();
        var baseUri = new Uri(id);
        var declared = JsonNode.Parse(rootText)!["$schema"]?.GetValue<string>();
        Assert.StartsWith(IsDraft202012 ? "https://json-schema.org/draft/2020-12/schema" : "http://json-schema.org/draft-07/schema", declared ?? "(none)", StringComparison.Ordinal);
        var options = new BuildOptions { SchemaRegistry = new SchemaRegistry(), Dialect = IsDraft202012 ? Dialect.Draft202012 : Dialect.Draft07 };

        // Relative $refs (schemas/definitions.json#/…) resolve against values.schema.json's $id: register each
        // file under that base so nothing is fetched (5.x files carry that very URI as their own $id).
        foreach (var file in Directory.GetFiles(Path.Combine(AppTemplateFolder, "schemas"), "*.json").OrderBy(f => f, StringComparer.Ordinal))
        {
            JsonSchema.FromText(File.ReadAllText(file), options, new Uri(baseUri, "schemas/" + Path.GetFileName(file)));
        }

        return JsonSchema.FromText(rootText, options, baseUri);
    }

    private static IReadOnlyList<string> Errors(JsonSchema schema, JsonNode instance)
    {
        using var document = JsonDocument.Parse(instance.ToJsonString());
        var results = schema.Evaluate(document.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });
        if (results.IsValid)
        {
            return Array.Empty<string>();
        }

        var errors = (results.Details ?? new List<EvaluationResults>())
            .Where(d => d.Errors is { Count: > 0 })
            .SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation} ({d.EvaluationPath}): {e.Key}: {e.Value}"))
            .Distinct()
            .ToList();
        return errors.Count > 0 ? errors : new[] { "invalid (no detail reported)" };
    }
}
