using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Nodes;
using Json.Schema;
using Xunit;

namespace OpenCode.Manifests.Proof.Tests.Infrastructure;

/// <summary>
/// The upstream schemas from <c>../shared/reference/schemas</c>, read in place, built offline (draft-07, every
/// <c>$ref</c> resolved from files registered under the base URI the schema names) and used as validators.
/// </summary>
internal static class UpstreamSchemas
{
    /// <summary>The app-template version the emitted OCIRepositories pin (asserted against the tree).</summary>
    public const string AppTemplateVersion = "4.4.0";

    private static readonly Lazy<JsonSchema> AppTemplate = new(BuildAppTemplate);
    private static readonly Dictionary<string, JsonSchema> Crds = new(StringComparer.Ordinal);

    public static string AppTemplateFolder => Path.Combine(Repo.SharedReference, "schemas", $"app-template-{AppTemplateVersion}");

    public static string CrdFolder => Path.Combine(Repo.SharedReference, "schemas", "crds");

    /// <summary>Validates chart values against the common library's values.schema.json.</summary>
    public static IReadOnlyList<string> ValidateValues(JsonNode values) => Errors(AppTemplate.Value, values);

    /// <summary>Validates a Kubernetes object against the schema for its apiVersion and kind.</summary>
    public static IReadOnlyList<string> ValidateObject(JsonObject manifest)
    {
        var apiVersion = manifest["apiVersion"]?.GetValue<string>() ?? throw new InvalidOperationException("no apiVersion");
        var kind = manifest["kind"]?.GetValue<string>() ?? throw new InvalidOperationException("no kind");
        return Errors(CrdSchema(apiVersion, kind), manifest);
    }

    /// <summary>The schema file the reference catalog holds for an apiVersion/kind (its naming convention).</summary>
    public static string CrdPath(string apiVersion, string kind)
    {
        var slash = apiVersion.IndexOf('/');
        return slash < 0
            ? Path.Combine(CrdFolder, "core", $"{kind.ToLowerInvariant()}-{apiVersion}.json")
            : Path.Combine(CrdFolder, apiVersion[..slash], $"{kind.ToLowerInvariant()}_{apiVersion[(slash + 1)..]}.json");
    }

    private static JsonSchema CrdSchema(string apiVersion, string kind)
    {
        var path = CrdPath(apiVersion, kind);
        lock (Crds)
        {
            if (!Crds.TryGetValue(path, out var schema))
            {
                Assert.True(File.Exists(path), $"no upstream schema for {apiVersion} {kind}: expected {path}");
                var options = new BuildOptions { SchemaRegistry = new SchemaRegistry(), Dialect = Dialect.Draft07, DialectRegistry = Dialects() };
                schema = JsonSchema.FromText(File.ReadAllText(path), options, new Uri("file:///crds/" + Path.GetRelativePath(CrdFolder, path).Replace('\\', '/')));
                Crds[path] = schema;
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

    private static JsonSchema BuildAppTemplate()
    {
        var rootPath = Path.Combine(AppTemplateFolder, "values.schema.json");
        Assert.True(File.Exists(rootPath), $"the upstream app-template schema is missing: {rootPath}");
        var rootText = File.ReadAllText(rootPath);
        var id = JsonNode.Parse(rootText)!["$id"]!.GetValue<string>();
        var baseUri = new Uri(id);
        var options = new BuildOptions { SchemaRegistry = new SchemaRegistry(), Dialect = Dialect.Draft07 };

        // Relative $refs (schemas/definitions.json#/…) resolve against values.schema.json's $id: register each
        // file under that base so nothing is fetched.
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
