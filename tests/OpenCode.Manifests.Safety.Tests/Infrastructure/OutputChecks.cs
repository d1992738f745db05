using OpenCode.Manifests.Apps;
using OpenCode.Manifests.Pipeline;
using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Text.RegularExpressions;
using OpenCode.Manifests.AppTemplate;
using OpenCode.Manifests.Graph;
using OpenCode.Manifests.Rendering;
using OpenCode.Manifests.Values;
using YamlDotNet.RepresentationModel;
using OpenCode.Manifests.TestSupport;

namespace OpenCode.Manifests.Safety.Tests.Infrastructure;

/// <summary>
/// What rendered output must satisfy. The HelmRelease values are read back from the rendered YAML into the typed
/// model and written again (the typed model is generated from our app-template schema, so a value it cannot read
/// back is outside the schema), and every invariant the rules protect is checked on what was read back.
/// Throws on the first violation.
/// </summary>
internal static class OutputChecks
{
    /// <summary>
    /// [proof]'s oracles: every HelmRelease's values against the upstream values schema of its app's major
    /// (app-template 4.4.0, or common 5.1.0 for an app composed for 5.x), every cluster object against its upstream
    /// CRD or core schema (kustomize's own files are not cluster objects).
    /// </summary>
    public static void ValidateAgainstUpstreamSchemas(Emission emission)
    {
        var valuesSchemas = emission.Apps.ToDictionary(
            app => app.Name,
            app => app.Release?.Values is OpenCode.Manifests.AppTemplate.V5.AppTemplateValues ? UpstreamSchemas.AppTemplate5 : UpstreamSchemas.AppTemplate4);
        // The manifests (each app's generated README.md is its picture, not a cluster object).
        foreach (var file in emission.Files.Where(f => f.RelativePath.EndsWith(".yaml", StringComparison.Ordinal)))
        {
            foreach (var document in YamlToJson.DocumentsOfText(Encoding.UTF8.GetString(file.Content.Span)))
            {
                if (YamlToJson.Convert(document) is not System.Text.Json.Nodes.JsonObject manifest
                    || manifest["apiVersion"]?.GetValue<string>() == "kustomize.config.k8s.io/v1beta1")
                {
                    continue;
                }

                var errors = UpstreamSchemas.AppTemplate4.ValidateObject(manifest).ToList();
                if (manifest["kind"]?.GetValue<string>() == "HelmRelease" && manifest["spec"]?["values"] is { } values)
                {
                    errors.AddRange(valuesSchemas[manifest["metadata"]!["name"]!.GetValue<string>()].ValidateValues(values));
                }

                Check(errors.Count == 0, $"{file.RelativePath} fails its upstream schema:\n" + string.Join("\n", errors));
            }
        }
    }

    private static readonly Regex Variable = new(@"(?<!\$)\$\{([A-Za-z_][A-Za-z0-9_]*)");
    private static readonly Regex Repository = new("^[a-z0-9]+([._/-]+[a-z0-9]+)*$");

    public static void Verify(Emission emission)
    {
        Check(emission.Files.Count > 0, "no files rendered for a valid workspace");
        ValidateAgainstUpstreamSchemas(emission);
        foreach (var app in emission.Apps)
        {
            var folder = $"kubernetes/apps/{app.Namespace}/{app.Name}/app/";
            var release = emission.Files.Single(f => f.RelativePath == folder + "helmrelease.yaml");
            var text = Encoding.UTF8.GetString(release.Content.Span);
            var values = RoundTrip(text, (AppTemplateValues)app.Release!.Values);
            var substitutions = app.Kustomization.Spec.PostBuild!.Substitute!;
            Check(Oracle.IsDnsLabel(app.Name) && Oracle.IsDnsLabel(app.Namespace), $"name {app.Namespace}/{app.Name}");
            Check(Oracle.IsPositiveQuantity(substitutions["VOLSYNC_CAPACITY"]), "capacity " + substitutions["VOLSYNC_CAPACITY"]);
            Check(Oracle.IsCron(substitutions["VOLSYNC_SCHEDULE"]), "schedule " + substitutions["VOLSYNC_SCHEDULE"]);

            var known = new HashSet<string>(substitutions.Keys) { "SECRET_DOMAIN" };
            foreach (var file in emission.Files.Where(f => f.RelativePath.StartsWith(folder, StringComparison.Ordinal)))
            {
                foreach (Match m in Variable.Matches(Encoding.UTF8.GetString(file.Content.Span)))
                {
                    Check(known.Contains(m.Groups[1].Value), $"unsubstituted ${{{m.Groups[1].Value}}} in {file.RelativePath}");
                }
            }

            var produced = app.ExternalSecrets.SelectMany(s => s.Spec.Data!.Select(d => (s.Spec.Target!.Name, d.SecretKey))).ToHashSet();
            foreach (var (controllerId, controller) in values.Controllers!)
            {
                Check(controller.Containers is { Count: > 0 }, $"controller {controllerId} without containers");
                foreach (var (containerId, container) in (controller.InitContainers ?? new()).Concat(controller.Containers!))
                {
                    CheckContainer(values, controllerId, containerId, container, produced);
                }
            }

            foreach (var route in values.Route?.Values ?? Enumerable.Empty<Route>())
            {
                foreach (var host in route.Hostnames!)
                {
                    Check(host.EndsWith(".${SECRET_DOMAIN}", StringComparison.Ordinal) && Oracle.IsHost(host[..^".${SECRET_DOMAIN}".Length]), "hostname " + host);
                }
            }

            foreach (var service in values.Service!.Values)
            {
                Check(service.Ports!.Values.All(p => p.Port is { IsInteger: true, IntegerValue: >= 1 and <= 65535 }), "service port");
            }
        }
    }

    /// <summary>
    /// Reads the values back from the rendered text into the typed model and checks that nothing was lost or
    /// changed: the model written again equals the values the pipeline rendered (compared as YAML trees).
    /// </summary>
    internal static AppTemplateValues RoundTrip(string helmRelease, AppTemplateValues rendered)
    {
        var stream = new YamlStream();
        stream.Load(new System.IO.StringReader(helmRelease));
        var root = (YamlMappingNode)stream.Documents.Single().RootNode;
        var values = ValuesYaml.FromNode<AppTemplateValues>(((YamlMappingNode)root["spec"])["values"]);
        Check(ValuesYaml.ToNode(values).Equals(ValuesYaml.ToNode(rendered)), "the values do not round-trip through the typed model:\n" + YamlRenderer.Render(ValuesYaml.ToNode(values)));
        return values;
    }

    private static void CheckContainer(AppTemplateValues values, string controllerId, string containerId, Container container, HashSet<(string, string)> produced)
    {
        var tag = container.Image!.Tag?.ToString() ?? "";
        Check(Oracle.IsTag(tag), $"{containerId}: image tag '{tag}'");
        Check(Repository.IsMatch(container.Image.Repository ?? ""), $"{containerId}: repository '{container.Image.Repository}'");

        var mounts = new List<(string Path, bool ReadOnly)>();
        foreach (var (_, item) in values.Persistence!)
        {
            var advanced = item switch
            {
                PersistenceItem.ExistingClaim c => c.AdvancedMounts,
                PersistenceItem.EmptyDir e => e.AdvancedMounts,
                PersistenceItem.Secret s => s.AdvancedMounts,
                _ => throw new InvalidOperationException("unexpected persistence " + item.GetType().Name),
            };
            foreach (var mount in advanced?.GetValueOrDefault(controllerId)?.GetValueOrDefault(containerId) ?? new())
            {
                Check(Oracle.IsMountPath(mount.Path!), $"{containerId}: mount path '{mount.Path}'");
                Check(mount.SubPath is null || Oracle.IsRelative(mount.SubPath), $"{containerId}: subPath '{mount.SubPath}'");
                mounts.Add((mount.Path!, mount.ReadOnly == true));
            }
        }

        Check(mounts.Select(m => m.Path).Distinct().Count() == mounts.Count, $"{containerId}: two mounts at one path");

        var env = ((EnvVars.EnvVarMap)container.Env!).Value;
        foreach (var (name, value) in env)
        {
            Check(Oracle.IsEnvName(name), $"{containerId}: env name '{name}'");
            if (value is EnvVarMapValue.EnvVarSourceRefEntry { SecretKeyRef: { } reference })
            {
                Check(produced.Contains((reference.Name ?? string.Empty, reference.Key)), $"{containerId}: {name} reads {reference.Name}/{reference.Key}, which is not produced");
            }

            if (value is EnvVarMapValue.EnvVarLiteral literal && (name == "HOME" || name.StartsWith("XDG_", StringComparison.Ordinal)))
            {
                var path = literal.Value!.Value.Text.TrimEnd('/');
                var covering = mounts.Where(m => path == m.Path || path.StartsWith(m.Path + "/", StringComparison.Ordinal)).OrderByDescending(m => m.Path.Length).FirstOrDefault();
                Check(covering.Path is not null && !covering.ReadOnly, $"{containerId}: {name}={path} is not on a writable mount");
            }
        }
    }

    private static void Check(bool condition, string what)
    {
        if (!condition)
        {
            throw new InvalidOperationException("rendered output breaks an invariant: " + what);
        }
    }
}
