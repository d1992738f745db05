using System.Collections.Generic;
using System.Runtime.CompilerServices;
using OpenCode.Manifests.Kubernetes;
using OpenCode.Manifests.AppTemplate;
using OpenCode.Manifests.Composition;
using OpenCode.Manifests.Diagnostics;
using OpenCode.Manifests.Apps;
using OpenCode.Manifests.Constraints;

namespace OpenCode.Manifests;

/// <summary>
/// The builder of one OpenCode workspace, as <see cref="OpenCodeWorkspace.Customize"/> receives it: the standard
/// objects are declared (controller, git-sync init container, server container, volume, secret, service, route)
/// and exposed as handles to change or extend.
/// </summary>
public sealed class OpenCodeApp
{
    internal OpenCodeApp(OpenCodeWorkspace workspace, AppBuilder app, SourceLocation declaredAt)
    {
        var conventions = app.Conventions;
        var file = declaredAt.FilePath;
        var line = declaredAt.Line;

        App = app;
        Controller = Builder.Controller(workspace.Name, ControllerType.Deployment, file, line);
        // One pod at a time: the volume is ReadWriteOnce and the agent is a single writer of its work tree.
        Controller.Strategy = "Recreate";
        if (conventions.ReloaderAnnotation is { } reloader)
        {
            // The server reads its password and token at start: restart it when the Secret changes.
            Controller.Annotations[reloader] = "true";
        }

        Controller.Pod = new PodOptions
        {
            // fsGroup is applied when the volume is set up, before any init container runs, so every container can
            // run as the same unprivileged uid and still write the volume.
            SecurityContext = new V1PodSecurityContext
            {
                RunAsUser = workspace.UserId,
                RunAsGroup = workspace.UserId,
                FsGroup = workspace.UserId,
                FsGroupChangePolicy = "OnRootMismatch",
                RunAsNonRoot = true,
                // Pod Security "restricted" admits no container without a seccomp profile; set once for all of them.
                SeccompProfile = new V1SeccompProfile { Type = "RuntimeDefault" },
            },
            // The agent needs no Kubernetes API. app-template 5.x gives the release its own ServiceAccount (no
            // RoleBinding names it) and mounts no token by default; writing false keeps it so whatever the default
            // pod options or a later chart default say. 4.x workspaces keep their tree as it was.
            AutomountServiceAccountToken = app.ChartMajor == AppTemplateMajor.V5 ? (Values.Flag)false : null,
        };

        // Values copied from the workspace's init properties point at the user's line that set them (a constructor
        // body, `with`), not at the workspace's declaration; defaults keep the declaration.
        var userIdAt = workspace.SetAt(nameof(OpenCodeWorkspace.UserId));
        foreach (var key in new[] { "runAsUser", "runAsGroup", "fsGroup" })
        {
            Controller.RecordValueSetAt(userIdAt, "pod", "securityContext", key);
        }

        // Every key is read from the workspace's entry in the store, laid out as the cluster's store shape says.
        var store = conventions.SecretStore.Shape;
        Secret = Builder.Secret(workspace.Name + "-secrets", file, line);
        GitHubToken = Secret.Declare("GITHUB_PAT", store.RemoteRef(workspace.Name, "GITHUB_PAT"), file, line);
        Password = Secret.Declare("PASSWORD", store.RemoteRef(workspace.Name, "PASSWORD"), file, line);
        var providerKeys = new List<KeyValuePair<ModelProvider, SecretKey>>();
        foreach (var provider in workspace.Providers)
        {
            // An optional provider's key gets a Secret of its own: missing from the store, it leaves the password
            // and the token synced.
            var secret = provider.IsOptional ? Builder.OptionalSecret(workspace.Name + "-" + provider.Id, file, line) : Secret;
            providerKeys.Add(new(provider, secret.Declare(provider.SecretKey, store.RemoteRef(workspace.Name, provider.SecretKey), file, line)));
        }

        ProviderKeys = providerKeys;
        AuthSeed = providerKeys.Find(pair => pair.Key.Variable is null).Value;
        var authSeedFolder = AuthSeed is { Secret.IsOptional: true } ? WorkspaceLayout.OptionalSecretsMount : WorkspaceLayout.SecretsMount;

        GitSync = Controller.InitContainer("git-sync", ImageOf(workspace.GitImage), file, line);
        GitSync.RecordValueSetAt(workspace.SetAt(nameof(OpenCodeWorkspace.GitImage)), "image");
        GitSync.Command = new List<string> { "/bin/sh", "-c", GitSyncScript.Content };
        GitSync.SecurityContext = RestrictedContainer();
        GitSync
            .SetEnv("HOME", WorkspaceLayout.Home, file, line)
            .SetEnv("GIT_REPOSITORY_URL", workspace.Repository.Url, file, line)
            .SetEnv("GIT_BRANCH", workspace.Repository.Branch, file, line)
            .SetEnv("GIT_TOKEN_FILE", WorkspaceLayout.SecretsMount + "/" + WorkspaceLayout.TokenFileName, file, line)
            .SetEnv("WORKTREE", WorkspaceLayout.WorkTree(workspace.Repository), file, line)
            .SetEnv("AUTH_SEED_FILE", authSeedFolder + "/" + WorkspaceLayout.AuthSeedFileName, file, line)
            .SetEnv("AUTH_FILE", WorkspaceLayout.AuthFile, file, line);

        Server = Controller.Container("app", ImageOf(workspace.Image), file, line);
        Server.Command = OpenCodeServerCommand.For(workspace.Image, workspace.Port);
        Server.WorkingDir = WorkspaceLayout.WorkTree(workspace.Repository);
        Server.Resources = workspace.Resources;
        Server.SecurityContext = RestrictedContainer();
        Server.Probes = TcpProbes(workspace.Port);
        Server.RecordValueSetAt(workspace.SetAt(nameof(OpenCodeWorkspace.Image)), "image");
        Server.RecordValueSetAt(workspace.SetAt(nameof(OpenCodeWorkspace.Resources)), "resources");
        Server.RecordValueSetAt(workspace.SetAt(nameof(OpenCodeWorkspace.Port)), "probes");
        Server
            .SetEnv("HOME", WorkspaceLayout.Home, file, line)
            .SetEnv("XDG_CONFIG_HOME", WorkspaceLayout.ConfigHome, file, line)
            .SetEnv("XDG_DATA_HOME", WorkspaceLayout.DataHome, file, line)
            .SetEnv("XDG_STATE_HOME", WorkspaceLayout.StateHome, file, line)
            .SetEnv("XDG_CACHE_HOME", WorkspaceLayout.CacheHome, file, line)
            .SetEnv(OpenCodeServerCommand.UserNameVariable, "opencode", file, line)
            .SetEnv(OpenCodeServerCommand.PasswordVariable, Password, file, line);
        // The agent pushes with the same token, handed to git per command and never stored in .git/config.
        Server
            .SetEnv("GIT_CONFIG_COUNT", "2", file, line)
            .SetEnv("GIT_CONFIG_KEY_0", "credential.helper", file, line)
            .SetEnv("GIT_CONFIG_VALUE_0", "", file, line)
            .SetEnv("GIT_CONFIG_KEY_1", "credential.https://github.com.helper", file, line)
            .SetEnv("GIT_CONFIG_VALUE_1", GitCredentialHelper(WorkspaceLayout.SecretsMount + "/" + WorkspaceLayout.TokenFileName), file, line);

        // The cluster's VolSync template (backed up) when it has one and the workspace does not ask for a plain
        // claim; else a plain PersistentVolumeClaim in the workspace's folder.
        Data = workspace.Storage.UsesVolSync(conventions)
            ? app.VolSyncVolume("data", workspace.Capacity, workspace.BackupSchedule, file, line)
            : app.PersistentVolume("data", workspace.Capacity, workspace.Storage.AccessMode, workspace.Storage.StorageClass, file, line);
        foreach (var container in new[] { GitSync, Server })
        {
            Data.MountInto(container, WorkspaceLayout.WorkspaceMount, WorkspaceLayout.WorkspaceSubPath, false, file, line);
            Data.MountInto(container, WorkspaceLayout.Home, WorkspaceLayout.HomeSubPath, false, file, line);
        }

        var files = new List<SecretFile> { new(GitHubToken, WorkspaceLayout.TokenFileName) };
        if (AuthSeed is { Secret.IsOptional: false })
        {
            files.Add(new SecretFile(AuthSeed, WorkspaceLayout.AuthSeedFileName));
        }

        SecretFiles = Builder.SecretFiles("secrets", Secret, files, FileMode.OwnerRead, file, line);
        SecretFiles.MountInto(GitSync, WorkspaceLayout.SecretsMount, null, true, file, line);
        SecretFiles.MountInto(Server, WorkspaceLayout.SecretsMount, null, true, file, line);
        if (AuthSeed is { Secret.IsOptional: true })
        {
            // Only the init container reads the seed; without it OpenCode starts unauthenticated to Copilot.
            Builder.SecretFiles("copilot-seed", AuthSeed.Secret, new[] { new SecretFile(AuthSeed, WorkspaceLayout.AuthSeedFileName) }, FileMode.OwnerRead, file, line)
                .MountInto(GitSync, WorkspaceLayout.OptionalSecretsMount, null, true, file, line);
        }

        foreach (var (provider, key) in providerKeys)
        {
            if (provider.Variable is { } variable)
            {
                Server.SetEnv(variable, key, file, line);
            }
        }

        Tmp = Builder.EmptyDir("tmp", null, file, line);
        Tmp.MountInto(GitSync, WorkspaceLayout.Tmp, null, false, file, line);
        Tmp.MountInto(Server, WorkspaceLayout.Tmp, null, false, file, line);

        // OpenCode's UI streams events (SSE) and terminals (WebSocket): the gateway implementation decides what that
        // needs (Envoy Gateway: appProtocol kubernetes.io/ws for upgrades, no request timeout).
        var streaming = conventions.StreamingRoutes;
        Service = Builder.Service("app", Controller, "http", workspace.Port, streaming.WebSocketAppProtocol, file, line);
        Route = Builder.Route(
            "app",
            Service,
            workspace.Gateway ?? conventions.Gateway,
            new[] { $"{workspace.Host}.${{{conventions.DomainVariable}}}" },
            file,
            line);
        Route.RequestTimeout = streaming.RequestTimeout;
        Service.RecordValueSetAt(workspace.SetAt(nameof(OpenCodeWorkspace.Port)), "ports", Service.PortName);
        Route.RecordValueSetAt(workspace.SetAt(nameof(OpenCodeWorkspace.Gateway)), "parentRefs");
    }

    /// <summary>The app's builder: its Flux folder and the cluster's conventions.</summary>
    public AppBuilder App { get; }

    /// <summary>The values builder, for anything the handles below do not cover.</summary>
    public AppTemplateBuilder Builder => App.Builder;

    /// <summary>The workspace's deployment.</summary>
    public ControllerHandle Controller { get; }

    /// <summary>The init container that clones and fast-forwards the repository and seeds auth.json.</summary>
    public ContainerHandle GitSync { get; }

    /// <summary>The OpenCode server container.</summary>
    public ContainerHandle Server { get; }

    /// <summary>The workspace's volume (work tree and OpenCode's home, as disjoint folders).</summary>
    public VolumeHandle Data { get; }

    /// <summary>The token and auth.json seed as read-only files.</summary>
    public VolumeHandle SecretFiles { get; }

    /// <summary>Scratch space at /tmp (the root filesystem is read-only).</summary>
    public VolumeHandle Tmp { get; }

    /// <summary>The Secret written by the workspace's ExternalSecret.</summary>
    public SecretHandle Secret { get; }

    /// <summary>The GitHub token key.</summary>
    public SecretKey GitHubToken { get; }

    /// <summary>The server password key.</summary>
    public SecretKey Password { get; }

    /// <summary>The auth.json seed key, or null when the workspace has no Copilot provider.</summary>
    public SecretKey? AuthSeed { get; }

    /// <summary>Each provider's key, in the order of <see cref="OpenCodeWorkspace.Providers"/>.</summary>
    public IReadOnlyList<KeyValuePair<ModelProvider, SecretKey>> ProviderKeys { get; }

    /// <summary>The service in front of the server.</summary>
    public ServiceHandle Service { get; }

    /// <summary>The route from the gateway to the service.</summary>
    public RouteHandle Route { get; }

    /// <summary>Declares a scratch volume (a shortcut for <c>Builder.EmptyDir</c>).</summary>
    public VolumeHandle EmptyDir([DnsLabel] string id, [KubernetesQuantity] string? sizeLimit = null, [CallerFilePath] string file = "", [CallerLineNumber] int line = 0) =>
        Builder.EmptyDir(id, sizeLimit, file, line);

    private static ContainerImage ImageOf(PinnedImage image) =>
        new() { Repository = image.Repository, Tag = image.Tag, Digest = image.Digest };

    private static V1SecurityContext RestrictedContainer() => new()
    {
        AllowPrivilegeEscalation = false,
        ReadOnlyRootFilesystem = true,
        Capabilities = new V1Capabilities { Drop = new List<string> { "ALL" } },
    };

    private static ContainerProbes TcpProbes(int port)
    {
        // TCP, not /global/health: once a password is set every HTTP path answers 401 without Basic auth.
        ContainerProbe Probe(int? failureThreshold) => new()
        {
            Enabled = true,
            Custom = true,
            Spec = new V1Probe
            {
                TcpSocket = new V1TCPSocketAction { Port = port },
                PeriodSeconds = 10,
                TimeoutSeconds = 1,
                FailureThreshold = failureThreshold,
            },
        };

        return new ContainerProbes { Liveness = Probe(3), Readiness = Probe(3), Startup = Probe(30) };
    }

    private static string GitCredentialHelper(string tokenFile) =>
        "!f() { test \"$1\" = get || return 0; echo username=x-access-token; printf \"password=%s\\n\" \"$(cat " + tokenFile + ")\"; }; f";
}
