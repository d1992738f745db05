using System.IO;
using System.Linq;
using System.Text;

namespace OpenCode.Manifests.Package.Tests.Infrastructure;

/// <summary>
/// A homelab repository's workspaces project, outside this solution: its own nuget.config adds the local feed (the
/// machine's own NuGet configuration supplies nuget.org), one PackageReference to the packed version, its own
/// cluster conventions, one workspace and a chart schema of its own.
/// </summary>
internal sealed class ConsumerProject
{
    public const string ProjectFile = "Homelab.Workspaces.csproj";

    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    public ConsumerProject(string folder, string packageVersion, string feed)
    {
        Folder = folder;
        Write("nuget.config", $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources>
                <add key="opencode-manifests-test-feed" value="{feed}" />
              </packageSources>
            </configuration>

            """);
        Write(ProjectFile, $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <OutputType>Exe</OutputType>
                <TargetFramework>net10.0</TargetFramework>
                <Nullable>enable</Nullable>
              </PropertyGroup>
              <ItemGroup>
                <PackageReference Include="OpenCode.Manifests" Version="[{packageVersion}]" />
              </ItemGroup>
              <ItemGroup>
                <ChartValuesSchema Include="schemas/greeter.values.schema.json" Namespace="Homelab.Charts.Greeter" RootType="GreeterValues" ChartName="greeter" />
              </ItemGroup>
            </Project>

            """);
        Write("Conventions.cs", """
            using OpenCode.Manifests;
            using OpenCode.Manifests.Conventions;

            namespace Homelab.Workspaces;

            /// <summary>This cluster: an internal gateway, 1Password, Longhorn, CLUSTER_DOMAIN, apps under clusters/main/apps.</summary>
            [ClusterConventions]
            public sealed record HomelabConventions : ClusterConventions
            {
                public HomelabConventions()
                    : base(
                        Source: new FluxSourceReference("GitRepository", "flux-system"),
                        DependsOn: new[] { "longhorn" },
                        Gateway: new GatewayReference("internal", "gateway-system", "https-internal"),
                        SecretStore: new SecretStoreConvention("ClusterSecretStore", "onepassword-connect"),
                        StorageClass: "longhorn",
                        VolSync: new VolSyncTemplate("kubernetes/templates/volsync", VolSyncTemplateForm.Resource,
                            "APP", "VOLSYNC_CAPACITY", "VOLSYNC_STORAGECLASS", "VOLSYNC_SCHEDULE"),
                        DomainVariable: "CLUSTER_DOMAIN",
                        ClusterSubstitution: ClusterSubstitution.FromObject("ConfigMap", "cluster-settings", new[] { "CLUSTER_DOMAIN" }),
                        ReloaderAnnotation: null,
                        ExistingKustomizations: new[] { "longhorn" })
                {
                    AppsPath = "clusters/main/apps";
                }
            }

            """);
        Write("Workspaces.cs", WorkspacesSource());
        // Not an OpenCode workspace: a small web app with a volume of its own, a secret-backed variable and a route.
        // It is README's block, so the README's example is built and emitted exactly as shown.
        Write("Linkding.cs", ReadmeCode.Named("consumer-app").Code);
        Write("schemas/greeter.values.schema.json", """
            {
              "$schema": "http://json-schema.org/draft-07/schema#",
              "type": "object",
              "additionalProperties": false,
              "properties": {
                "replicaCount": { "type": "integer", "description": "How many greeter pods run." },
                "message": { "type": "string", "description": "What the greeter says." },
                "service": {
                  "type": "object",
                  "description": "The greeter's Service.",
                  "properties": {
                    "port": { "type": "integer", "description": "Port the Service listens on." },
                    "type": { "type": "string", "enum": ["ClusterIP", "NodePort", "LoadBalancer"], "description": "Kind of Service." }
                  }
                }
              }
            }

            """);
        // Uses the types generated from the consumer's own schema: the build fails unless they exist as typed here.
        Write("Greeter.cs", """
            using Homelab.Charts.Greeter;

            namespace Homelab.Workspaces;

            public static class Greeter
            {
                public static GreeterValues Values => new()
                {
                    ReplicaCount = 2,
                    Message = "hello",
                    Service = new() { Port = 8080 },
                };
            }

            """);
    }

    public string Folder { get; }

    /// <summary>The emitted tree's OpenCode namespace folder under the consumer's apps path.</summary>
    public string AppsFolder => Path.Combine(Folder, "clusters", "main", "apps", "opencode");

    /// <summary>The namespace folder of the consumer's other app (linkding, namespace bookmarks).</summary>
    public string BookmarksFolder => Path.Combine(Folder, "clusters", "main", "apps", "bookmarks");

    /// <summary>The whole emitted tree: every app namespace folder.</summary>
    public string TreeFolder => Path.Combine(Folder, "clusters");

    /// <summary>The consumer's workspace records; <paramref name="extraCustomizeLines"/> go at the end of Customize.</summary>
    public static string WorkspacesSource(string extraCustomizeLines = "", bool withSecondWorkspace = false)
    {
        var source = new StringBuilder("""
            using OpenCode.Manifests;

            namespace Homelab.Workspaces;

            [Workspace]
            public sealed record OpencodeNotes() : OpenCodeWorkspace(
                Name: "opencode-notes",
                Repository: GitHub.Repository("homelab", "notes"),
                Host: "notes.agents")
            {
                protected override void Customize(OpenCodeApp app)
                {
                    var scratch = app.EmptyDir("scratch");
                    scratch.MountInto(app.Server, "/scratch");

            """);
        source.Append(extraCustomizeLines);
        source.Append("""
                }
            }

            """);
        if (withSecondWorkspace)
        {
            source.Append("""

                [Workspace]
                public sealed record OpencodeMedia() : OpenCodeWorkspace(
                    Name: "opencode-media",
                    Repository: GitHub.Repository("homelab", "media"),
                    Host: "media.agents");

                """);
        }

        return source.ToString();
    }

    /// <summary>The 1-based number of the first line of a consumer file that contains <paramref name="text"/>.</summary>
    public int LineOf(string file, string text) =>
        File.ReadAllText(Path.Combine(Folder, file)).Split('\n').Select((l, i) => (l, i)).First(x => x.l.Contains(text, System.StringComparison.Ordinal)).i + 1;

    public void Write(string relativePath, string content)
    {
        var path = Path.Combine(Folder, relativePath.Replace('/', Path.DirectorySeparatorChar));
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, content.Replace("\r\n", "\n"), Utf8);
    }

    public string Read(string relativePath) =>
        File.ReadAllText(Path.Combine(Folder, relativePath.Replace('/', Path.DirectorySeparatorChar)));

    public DotnetResult Build(params string[] extra) =>
        Dotnet.Run(Folder, new[] { "build", ProjectFile, "--nologo", "-nodeReuse:false", "-clp:NoSummary" }.Concat(extra).ToArray());
}
