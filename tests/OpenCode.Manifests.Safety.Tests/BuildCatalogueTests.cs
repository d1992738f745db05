using OpenCode.Manifests.Apps;
using OpenCode.Manifests.Pipeline;
using System;
using System.Collections.Generic;
using System.Linq;
using OpenCode.Manifests.Kubernetes;
using OpenCode.Manifests.AppTemplate;
using OpenCode.Manifests.Composition;
using OpenCode.Manifests.Conventions;
using OpenCode.Manifests.Diagnostics;
using OpenCode.Manifests.Graph;
using OpenCode.Manifests.Values;
using OpenCode.Manifests.Safety.Tests.Infrastructure;
using Xunit;

namespace OpenCode.Manifests.Safety.Tests;

/// <summary>
/// The build-time half of the mistake catalogue: each workspace below makes one mistake the compiler cannot see
/// (a value computed at run time, or a wrong combination of right values), on the line marked <c>//@name</c>.
/// The pipeline the build runs reports exactly that id at this file and line, and renders no file.
/// </summary>
public sealed class BuildCatalogueTests
{
    // Values the analyzers cannot see: they are not compile-time constants.
    private static string Runtime(string value) => new(value.ToCharArray());

    private static int Runtime(int value) => value + (Environment.TickCount64 < 0 ? 1 : 0);

    private static readonly ContainerImage Sidecar = new() { Repository = "ghcr.io/example/sidecar", Tag = "1.2.3" };

    public static TheoryData<string, string> Mistakes => new()
    {
        { "controller-without-containers", "OCM2024" },
        { "worker-with-only-init", "OCM2024" },
        { "unmounted-volume", "OCM2014" },
        { "volume-root-and-subpath", "OCM2012" },
        { "two-mounts-one-path", "OCM2013" },
        { "clone-target-is-mount", "OCM2019" },
        { "cache-home-off-mounts", "OCM2020" },
        { "config-home-read-only", "OCM2020" },
        { "secret-not-produced", "OCM2018" },
        { "depends-on-missing", "OCM2021" },
        { "host-outside-domain", "OCM2022" },
        { "limits-below-requests", "OCM2023" },
        { "image-latest-at-runtime", "OCM2017" },
        { "image-reference-malformed", "OCM2026" },
        { "mount-path-relative-at-runtime", "OCM2027" },
        { "env-name-at-runtime", "OCM2028" },
        { "service-port-zero", "OCM2029" },
        { "volume-id-not-label", "OCM2030" },
        { "container-id-not-label", "OCM2011" },
        { "container-twice", "OCM2004" },
        { "secret-key-twice", "OCM2003" },
        { "undeclared-secret-key", "OCM2002" },
        { "public-route-without-password", "OCM2016" },
        { "size-limit-at-runtime", "OCM2031" },
        { "secret-key-with-space", "OCM2032" },
        { "server-limits-below-requests", "OCM2023" },
        { "image-latest-by-setter", "OCM2017" },
        { "init-script-unknown-variable", "OCM2015" },
        { "env-from-secret-without-keys", "OCM2034" },
        { "route-host-with-domain", "OCM2022" },
        { "password-literal-after-secret", "OCM2016" },
        { "password-empty-through-customize", "OCM2016" },
        { "password-list-literal-last", "OCM2016" },
        { "token-at-runtime", "OCM2033" },
        { "token-through-customize", "OCM2033" },
        { "password-named-variable-at-runtime", "OCM2033" },
        { "server-command-other-port", "OCM2036" },
        { "server-port-through-customize", "OCM2036" },
        { "probe-other-port", "OCM2036" },
        { "mount-for-missing-controller-through-customize", "OCM2014" },
        { "mount-for-missing-container-through-customize", "OCM2014" },
        { "server-runs-as-root", "OCM2035" },
        { "pod-runs-as-root-through-customize", "OCM2035" },
        { "second-route-same-host", "OCM2037" },
        { "empty-subpath-at-the-clone-target", "OCM2019" },
    };

    [Theory]
    [MemberData(nameof(Mistakes))]
    public void The_mistake_is_reported_with_its_id_at_its_file_and_line_and_nothing_is_rendered(string mistake, string id)
    {
        var workspace = new Mistake(mistake);
        var emission = InProcessPipeline.Run((workspace, InProcessPipeline.Marked("record Mistake")));
        var expected = InProcessPipeline.Marked(mistake);

        AssertReported(emission, id, expected, mistake);
    }

    [Fact]
    public void A_Flux_variable_the_cluster_does_not_provide_is_OCM2015_at_the_line_that_wrote_it()
    {
        var emission = InProcessPipeline.Run((new Mistake("unknown-flux-variable"), InProcessPipeline.Marked("record Mistake")));
        AssertReported(emission, "OCM2015", InProcessPipeline.Marked("unknown-flux-variable"), "unknown variable");
    }

    [Fact]
    public void An_empty_subPath_is_named_as_the_volume_root_not_as_subPath_quote_quote()
    {
        var emission = InProcessPipeline.Run((new Mistake("empty-subpath-at-the-clone-target"), InProcessPipeline.Marked("record Mistake")));
        var message = Assert.Single(emission.Diagnostics, d => d.Id == "OCM2019").Message;
        Assert.Contains("an empty subPath mounts the whole volume", message, StringComparison.Ordinal);
        Assert.DoesNotContain("subPath ''", message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_host_that_already_carries_a_domain_is_OCM2022_at_the_workspace_declaration()
    {
        var declaredAt = InProcessPipeline.Marked("record Plain");
        var emission = InProcessPipeline.Run((new Plain("notes", "notes.home.arpa"), declaredAt));
        AssertReported(emission, "OCM2022", declaredAt, "host with a domain");
    }

    [Fact]
    public void A_workspace_running_as_root_by_an_object_initializer_is_OCM2035_at_the_initializer()
    {
        var declaredAt = InProcessPipeline.Marked("record Plain");
        var emission = InProcessPipeline.Run((new Plain("rooted") { UserId = Runtime(0) }, declaredAt)); //@user-id-in-initializer
        AssertReported(emission, "OCM2035", InProcessPipeline.Marked("user-id-in-initializer"), "uid 0");
    }

    /// <summary>
    /// The workspace's init properties set at run time in the user's record (its constructor body, a <c>with</c>):
    /// the rule that judges the value points at the line that set it, not at the record's declaration.
    /// </summary>
    public static TheoryData<string, string> InitPropertiesSetInTheRecord => new()
    {
        { "user-id-in-constructor", "OCM2035" },
        { "resources-in-constructor", "OCM2023" },
        { "image-latest-in-constructor", "OCM2017" },
        { "port-zero-in-constructor", "OCM2029" },
        { "gateway-unknown-in-constructor", "OCM2061" },
        { "user-id-by-with", "OCM2035" },
    };

    [Theory]
    [MemberData(nameof(InitPropertiesSetInTheRecord))]
    public void An_init_property_set_in_the_record_is_reported_at_the_line_that_set_it(string which, string id)
    {
        var declaredAt = InProcessPipeline.Marked("record SetInRecord");
        var workspace = which == "user-id-by-with" ? new SetInRecord("plain") with { UserId = Runtime(0) } : new SetInRecord(which); //@user-id-by-with
        var emission = InProcessPipeline.Run((workspace, declaredAt));
        AssertReported(emission, id, InProcessPipeline.Marked(which), which);
    }

    [Fact]
    public void Negative_control_a_later_handle_assignment_wins_over_the_init_property_and_an_unset_one_keeps_the_declaration()
    {
        // UserId is set (to 1000) in the constructor, then Customize replaces the whole pod with a root one: the
        // report follows the value, to the later line, not to the UserId line.
        var declaredAt = InProcessPipeline.Marked("record SetInRecord");
        var emission = InProcessPipeline.Run((new SetInRecord("pod-replaced-after-user-id"), declaredAt));
        AssertReported(emission, "OCM2035", InProcessPipeline.Marked("pod-replaced-after-user-id"), "pod replaced after UserId");

        var plain = InProcessPipeline.Run((new Plain("notes", "notes.home.arpa"), InProcessPipeline.Marked("record Plain")));
        AssertReported(plain, "OCM2022", InProcessPipeline.Marked("record Plain"), "default host line");
    }

    [Fact]
    public void A_copy_pasted_workspace_with_the_same_host_is_OCM2037_at_the_second_declaration()
    {
        var first = InProcessPipeline.Marked("record Plain");
        var second = InProcessPipeline.Marked("record Other");
        var emission = InProcessPipeline.Run((new Plain("notes", "notes"), first), (new Other("notes-copy", "notes"), second));
        AssertReported(emission, "OCM2037", second, "duplicate host");
    }

    [Fact]
    public void A_dependsOn_with_a_typo_in_the_conventions_is_OCM2038_at_the_workspace_declaration()
    {
        var declaredAt = InProcessPipeline.Marked("record Plain");
        var emission = ManifestPipeline.Run(new AppRegistry(
            new[] { new AppEntry(() => new Plain("waiting"), nameof(Plain), declaredAt) },
            () => new OpenCode.Workspaces.SeedClusterConventions() with { DependsOn = new[] { "rook-ceph-clutser", "external-secrets-stores" } }));
        AssertReported(emission, "OCM2038", declaredAt, "unknown dependency");
    }

    [Fact]
    public void A_dependsOn_naming_an_app_of_the_build_or_a_declared_Kustomization_passes()
    {
        var declaredAt = InProcessPipeline.Marked("record Plain");
        var emission = ManifestPipeline.Run(new AppRegistry(
            new[] { new AppEntry(() => new Plain("first"), nameof(Plain), declaredAt), new AppEntry(() => new Plain("second"), nameof(Plain), declaredAt) },
            () => new OpenCode.Workspaces.SeedClusterConventions() with { DependsOn = new[] { "rook-ceph-cluster", "first" } }));
        // "first" waits for itself (OCM2021, its own rule); nothing is an unknown Kustomization.
        Assert.Equal(new[] { "OCM2021" }, emission.Diagnostics.Select(d => d.Id).Distinct());
    }

    [Fact]
    public void A_literal_marked_not_secret_passes_the_credential_rule()
    {
        var emission = InProcessPipeline.Run((new Mistake("not-secret-opt-out"), InProcessPipeline.Marked("record Mistake")));
        Assert.Empty(emission.Diagnostics);
        Assert.NotEmpty(emission.Files);
    }

    [Fact]
    public void Capacity_computed_at_run_time_is_OCM2025_at_the_workspace_declaration()
    {
        var declaredAt = InProcessPipeline.Marked("record Plain");
        var emission = InProcessPipeline.Run((new Plain("bad-capacity") { Capacity = Runtime("10GB") }, declaredAt));
        AssertReported(emission, "OCM2025", declaredAt, "capacity");
    }

    [Fact]
    public void Schedule_computed_at_run_time_is_OCM2025_at_the_workspace_declaration()
    {
        var declaredAt = InProcessPipeline.Marked("record Plain");
        var emission = InProcessPipeline.Run((new Plain("bad-schedule") { BackupSchedule = Runtime("0 */6 * *") }, declaredAt));
        AssertReported(emission, "OCM2025", declaredAt, "schedule");
    }

    [Fact]
    public void Two_workspaces_named_alike_at_run_time_are_OCM2010_at_the_second()
    {
        var first = InProcessPipeline.Marked("record Plain");
        var second = InProcessPipeline.Marked("record Other");
        var emission = InProcessPipeline.Run((new Plain(Runtime("twin")), first), (new Other(Runtime("twin")), second));
        AssertReported(emission, "OCM2010", second, "duplicate name");
    }

    [Fact]
    public void Cluster_conventions_waiting_for_the_app_itself_are_OCM2021_at_the_workspace_declaration()
    {
        var declaredAt = InProcessPipeline.Marked("record Plain");
        var emission = ManifestPipeline.Run(new AppRegistry(
            new[] { new AppEntry(() => new Plain("self-dependent"), nameof(Plain), declaredAt) },
            () => new OpenCode.Workspaces.SeedClusterConventions() with { DependsOn = new[] { "rook-ceph-cluster", "self-dependent" } }));
        AssertReported(emission, "OCM2021", declaredAt, "self dependency");
    }

    [Fact]
    public void The_committed_kind_of_workspace_passes_every_rule()
    {
        var emission = InProcessPipeline.Run((new Mistake("none"), InProcessPipeline.Marked("record Mistake")));
        Assert.Empty(emission.Diagnostics);
        Assert.NotEmpty(emission.Files);
    }

    private static void AssertReported(Emission emission, string id, SourceLocation expected, string mistake)
    {
        var all = string.Join("\n", emission.Diagnostics);
        var matching = emission.Diagnostics.Where(d => d.Id == id).ToList();
        Assert.True(matching.Count >= 1, $"{mistake}: expected {id}, got:\n{all}");
        foreach (var diagnostic in matching)
        {
            Assert.Equal(DiagnosticSeverity.Error, diagnostic.Severity);
            Assert.Equal(expected.FilePath, diagnostic.Location.FilePath);
            Assert.True(expected.Line == diagnostic.Location.Line, $"{mistake}: expected line {expected.Line}, got {diagnostic}");
            Assert.StartsWith($"{expected.FilePath}({expected.Line},", diagnostic.ToString(), StringComparison.Ordinal);
            Assert.Contains($": error {id}: ", diagnostic.ToString(), StringComparison.Ordinal);
        }

        Assert.Empty(emission.Files); // nothing reaches YAML
        Assert.Empty(emission.Manifests);
    }

    /// <summary>One workspace, one mistake (chosen by name) in its Customize.</summary>
    private sealed record Mistake(string Which) : OpenCodeWorkspace("mistake", GitHub.Repository("ORG", "repo"), "mistake") //@record Mistake
    {
        protected override void Customize(OpenCodeApp app)
        {
            switch (Which)
            {
                case "controller-without-containers":
                    app.Builder.Controller("worker"); //@controller-without-containers
                    break;
                case "worker-with-only-init":
                    var onlyInit = app.Builder.Controller("migrate"); //@worker-with-only-init
                    onlyInit.InitContainer("migrate", Sidecar);
                    break;
                case "unmounted-volume":
                    app.EmptyDir("scratch"); //@unmounted-volume
                    break;
                case "volume-root-and-subpath":
                    app.Data.MountInto(app.Server, "/data"); //@volume-root-and-subpath
                    break;
                case "two-mounts-one-path":
                    app.EmptyDir("other-tmp").MountInto(app.Server, "/tmp"); //@two-mounts-one-path
                    break;
                case "clone-target-is-mount":
                    app.EmptyDir("tree").MountInto(app.Server, WorkspaceLayout.WorkTree(Repository)); //@clone-target-is-mount
                    break;
                case "cache-home-off-mounts":
                    app.Server.SetEnv("XDG_CACHE_HOME", "/cache"); //@cache-home-off-mounts
                    break;
                case "config-home-read-only":
                    app.EmptyDir("config").MountInto(app.Server, WorkspaceLayout.ConfigHome, readOnly: true); //@config-home-read-only
                    break;
                case "secret-not-produced":
                    var reader = app.Controller.Container("reader", Sidecar);
                    reader.Customize(c => c with { EnvFrom = new List<EnvFromSource> { new() { Secret = "shared-secrets" } } }); //@secret-not-produced
                    break;
                case "depends-on-missing":
                    var ordered = app.Controller.Container("ordered", Sidecar);
                    ordered.Customize(c => c with { DependsOn = "aap" }); //@depends-on-missing
                    break;
                case "host-outside-domain":
                    app.Builder.Route("docs", app.Service, app.Route.Gateway, new[] { "docs.example.com" }); //@host-outside-domain
                    break;
                case "limits-below-requests":
                    var hungry = app.Controller.Container("hungry", Sidecar);
                    hungry.Resources = new V1ResourceRequirements //@limits-below-requests
                    {
                        Requests = new Dictionary<string, ResourceQuantity> { ["memory"] = new("1Gi") },
                        Limits = new Dictionary<string, ResourceQuantity> { ["memory"] = new("512Mi") },
                    };
                    break;
                case "image-latest-at-runtime":
                    app.Controller.Container("floating", new ContainerImage { Repository = "ghcr.io/example/tool", Tag = Runtime("latest") }); //@image-latest-at-runtime
                    break;
                case "image-reference-malformed":
                    app.Controller.Container("malformed", new ContainerImage { Repository = Runtime("GHCR.io/Example/Tool"), Tag = "1.0.0" }); //@image-reference-malformed
                    break;
                case "mount-path-relative-at-runtime":
                    app.EmptyDir("cache").MountInto(app.Server, Runtime("cache")); //@mount-path-relative-at-runtime
                    break;
                case "env-name-at-runtime":
                    app.Server.SetEnv(Runtime("LOG-LEVEL"), "debug"); //@env-name-at-runtime
                    break;
                case "service-port-zero":
                    app.Builder.Service("metrics", app.Controller, "metrics", Runtime(0)); //@service-port-zero
                    break;
                case "volume-id-not-label":
                    app.EmptyDir(Runtime("Scratch_Space")).MountInto(app.Server, "/scratch"); //@volume-id-not-label
                    break;
                case "container-id-not-label":
                    app.Controller.Container(Runtime("Side_Car"), Sidecar); //@container-id-not-label
                    break;
                case "container-twice":
                    app.Controller.Container("app", Sidecar); //@container-twice
                    break;
                case "secret-key-twice":
                    app.Secret.Declare("PASSWORD", "OTHER_PASSWORD"); //@secret-key-twice
                    break;
                case "undeclared-secret-key":
                    app.Server.SetEnv("API_KEY", app.Secret["API_KEY"]); //@undeclared-secret-key
                    break;
                case "public-route-without-password":
                    var web = app.Builder.Controller("web");
                    var server = web.Container("server", new ContainerImage { Repository = "ghcr.io/anomalyco/opencode", Tag = "1.18.33" });
                    app.Data.MountInto(server, "/data", "web");
                    var service = app.Builder.Service("web", web, "http", 4096);
                    app.Builder.Route("web", service, app.Route.Gateway, new[] { "web.${SECRET_DOMAIN}" }); //@public-route-without-password
                    break;
                case "size-limit-at-runtime":
                    app.EmptyDir("cache", Runtime("1 GB")).MountInto(app.Server, "/cache"); //@size-limit-at-runtime
                    break;
                case "secret-key-with-space":
                    app.Server.SetEnv("API_KEY", app.Secret.Declare(Runtime("api key"), "HA_API_KEY")); //@secret-key-with-space
                    break;
                case "server-limits-below-requests":
                    app.Server.Resources = new V1ResourceRequirements //@server-limits-below-requests
                    {
                        Requests = new Dictionary<string, ResourceQuantity> { ["cpu"] = new("2") },
                        Limits = new Dictionary<string, ResourceQuantity> { ["cpu"] = new("500m") },
                    };
                    break;
                case "image-latest-by-setter":
                    app.Server.Image = new ContainerImage { Repository = "ghcr.io/anomalyco/opencode", Tag = Runtime("latest") }; //@image-latest-by-setter
                    break;
                case "init-script-unknown-variable":
                    app.GitSync.Command = new List<string> { "/bin/sh", "-c", Runtime("git clone \"${GIT_REMOTE}\" /workspace/repo") }; //@init-script-unknown-variable
                    break;
                case "env-from-secret-without-keys":
                    var empty = app.Builder.Secret("mistake-extra"); //@env-from-secret-without-keys
                    app.Server.EnvFrom(empty);
                    break;
                case "route-host-with-domain":
                    app.Builder.Route("notes", app.Service, app.Route.Gateway, new[] { "notes.home.arpa.${SECRET_DOMAIN}" }); //@route-host-with-domain
                    break;
                case "password-literal-after-secret":
                    app.Server.SetEnv(OpenCodeServerCommand.PasswordVariable, Runtime("")); //@password-literal-after-secret
                    break;
                case "password-empty-through-customize":
                    app.Server.Customize(c => c with //@password-empty-through-customize
                    {
                        Env = new EnvVars.EnvVarMap
                        {
                            Value = new Dictionary<string, EnvVarMapValue?>(((EnvVars.EnvVarMap)c.Env!).Value)
                            {
                                [OpenCodeServerCommand.PasswordVariable] = new EnvVarMapValue.EnvVarLiteral { Value = (Scalar)"" },
                            },
                        },
                    });
                    break;
                case "password-list-literal-last":
                    app.Server.Customize(c => c with //@password-list-literal-last
                    {
                        Env = new EnvVars.EnvVarList
                        {
                            Value = new List<EnvVarListItem>
                            {
                                new EnvVarListItem.EnvVarWithSourceRef { Name = OpenCodeServerCommand.PasswordVariable, SecretKeyRef = new V1SecretKeySelector { Name = "mistake-secrets", Key = "PASSWORD" } },
                                new EnvVarListItem.EnvVarWithValue { Name = OpenCodeServerCommand.PasswordVariable, Value = (Scalar)"letmein" },
                            },
                        },
                    });
                    break;
                case "token-at-runtime":
                    app.Server.SetEnv("GH_TOKEN_VALUE", Runtime("ghp_abcdefghijklmnopqrstuvwxyz0123456789")); //@token-at-runtime
                    break;
                case "token-through-customize":
                    app.Server.Customize(c => c with //@token-through-customize
                    {
                        Env = new EnvVars.EnvVarMap
                        {
                            Value = new Dictionary<string, EnvVarMapValue?>(((EnvVars.EnvVarMap)c.Env!).Value)
                            {
                                ["OPENAI_API_KEY"] = new EnvVarMapValue.EnvVarLiteral { Value = (Scalar)"sk-proj-aB3xQ9zL2mN7pR4tV8wY1cE6gJ5kH0sD" },
                            },
                        },
                    });
                    break;
                case "password-named-variable-at-runtime":
                    app.Server.SetEnv("DB_PASSWORD", Runtime("hunter2")); //@password-named-variable-at-runtime
                    break;
                case "server-command-other-port":
                    app.Server.Command = new List<string> { "opencode", "web", "--hostname", "0.0.0.0", "--port", Runtime("8080") }; //@server-command-other-port
                    break;
                case "server-port-through-customize":
                    app.Server.Customize(c => c with { Args = new List<string> { "--port=9000" } }); //@server-port-through-customize
                    break;
                case "probe-other-port":
                    app.Server.Probes = new ContainerProbes //@probe-other-port
                    {
                        Liveness = new ContainerProbe { Enabled = true, Custom = true, Spec = new V1Probe { TcpSocket = new V1TCPSocketAction { Port = Runtime(8080) } } },
                    };
                    break;
                case "mount-for-missing-controller-through-customize":
                    app.Builder.Customize(v => v with //@mount-for-missing-controller-through-customize
                    {
                        Persistence = new Dictionary<string, PersistenceItem>(v.Persistence!)
                        {
                            ["tmp"] = ((PersistenceItem.EmptyDir)v.Persistence!["tmp"]) with
                            {
                                AdvancedMounts = new() { ["mistkae"] = new() { ["app"] = new() { new MountPoint { Path = "/tmp" } } } },
                            },
                        },
                    });
                    break;
                case "mount-for-missing-container-through-customize":
                    app.Builder.Customize(v => v with //@mount-for-missing-container-through-customize
                    {
                        Persistence = new Dictionary<string, PersistenceItem>(v.Persistence!)
                        {
                            ["tmp"] = ((PersistenceItem.EmptyDir)v.Persistence!["tmp"]) with
                            {
                                AdvancedMounts = new() { ["mistake"] = new() { ["server"] = new() { new MountPoint { Path = "/tmp" } } } },
                            },
                        },
                    });
                    break;
                case "server-runs-as-root":
                    app.Server.SecurityContext = new V1SecurityContext { RunAsUser = Runtime(0), ReadOnlyRootFilesystem = true }; //@server-runs-as-root
                    break;
                case "pod-runs-as-root-through-customize":
                    app.Controller.Customize(c => c with //@pod-runs-as-root-through-customize
                    {
                        Pod = c.Pod! with { SecurityContext = c.Pod!.SecurityContext! with { RunAsUser = 0 } },
                    });
                    break;
                case "second-route-same-host":
                    app.Builder.Route("again", app.Service, app.Route.Gateway, new[] { "mistake.${SECRET_DOMAIN}" }); //@second-route-same-host
                    break;
                case "empty-subpath-at-the-clone-target":
                    app.EmptyDir("tree").MountInto(app.Server, WorkspaceLayout.WorkTree(Repository), Runtime("")); //@empty-subpath-at-the-clone-target
                    break;
                case "not-secret-opt-out":
                    app.Server.SetEnv("DEMO_API_KEY", PlainText.NotSecret("sk-demo-public-key-for-the-sandbox", "the sandbox's published demo key"));
                    break;
                case "unknown-flux-variable":
                    app.Server.SetEnv("BASE_URL", "https://ha.${CLUSTER_DOMAIN}"); //@unknown-flux-variable
                    break;
            }
        }
    }

    private sealed record SetInRecord : OpenCodeWorkspace //@record SetInRecord
    {
        public SetInRecord(string which)
            : base("set-in-record", GitHub.Repository("ORG", "repo"), "set-in-record")
        {
            Which = which;
            switch (which)
            {
                case "user-id-in-constructor":
                    UserId = Runtime(0); //@user-id-in-constructor
                    break;
                case "resources-in-constructor":
                    Resources = new V1ResourceRequirements //@resources-in-constructor
                    {
                        Requests = new Dictionary<string, ResourceQuantity> { ["memory"] = new(Runtime("2Gi")) },
                        Limits = new Dictionary<string, ResourceQuantity> { ["memory"] = new(Runtime("1Gi")) },
                    };
                    break;
                case "image-latest-in-constructor":
                    Image = new PinnedImage("ghcr.io/anomalyco/opencode", Runtime("latest")); //@image-latest-in-constructor
                    break;
                case "port-zero-in-constructor":
                    Port = Runtime(0); //@port-zero-in-constructor
                    break;
                case "gateway-unknown-in-constructor":
                    Gateway = new GatewayReference(Runtime("internl"), "network", "https"); //@gateway-unknown-in-constructor
                    break;
                case "pod-replaced-after-user-id":
                    UserId = Runtime(1000);
                    break;
            }
        }

        public string Which { get; }

        protected override void Customize(OpenCodeApp app)
        {
            if (Which == "pod-replaced-after-user-id")
            {
                app.Controller.Pod = new PodOptions { SecurityContext = new V1PodSecurityContext { RunAsUser = Runtime(0), RunAsNonRoot = true } }; //@pod-replaced-after-user-id
            }
        }
    }

    private sealed record Plain(string N, string? H = null) : OpenCodeWorkspace(N, GitHub.Repository("ORG", "repo"), H ?? N); //@record Plain

    private sealed record Other(string N, string? H = null) : OpenCodeWorkspace(N, GitHub.Repository("ORG", "other"), H ?? N + "-other"); //@record Other
}
