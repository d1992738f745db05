namespace OpenCode.Manifests;

/// <summary>
/// Where things live in an OpenCode workspace pod. One volume holds two disjoint folders: <c>workspace</c> (the
/// git work tree's parent) and <c>home</c> (OpenCode's HOME and XDG folders, auth.json included), so the
/// agent's credentials are never inside the work tree and can never be committed by <c>git add -A</c>.
/// </summary>
public static class WorkspaceLayout
{
    /// <summary>The volume folder mounted at <see cref="WorkspaceMount"/>.</summary>
    public const string WorkspaceSubPath = "workspace";

    /// <summary>The volume folder mounted at <see cref="Home"/>.</summary>
    public const string HomeSubPath = "home";

    /// <summary>Mount point of the work tree's parent; the work tree is a folder inside it.</summary>
    public const string WorkspaceMount = "/workspace";

    /// <summary>HOME of the server (and of git in the init container).</summary>
    public const string Home = "/home/opencode";

    /// <summary>XDG_CONFIG_HOME.</summary>
    public const string ConfigHome = Home + "/.config";

    /// <summary>XDG_DATA_HOME; OpenCode keeps auth.json in its <c>opencode</c> folder.</summary>
    public const string DataHome = Home + "/.local/share";

    /// <summary>XDG_STATE_HOME.</summary>
    public const string StateHome = Home + "/.local/state";

    /// <summary>XDG_CACHE_HOME.</summary>
    public const string CacheHome = Home + "/.cache";

    /// <summary>OpenCode's credentials file.</summary>
    public const string AuthFile = DataHome + "/opencode/auth.json";

    /// <summary>Where the secret files are mounted (read-only).</summary>
    public const string SecretsMount = "/var/run/secrets/opencode";

    /// <summary>Where the secret files of optional providers are mounted (read-only; empty when their Secret is missing).</summary>
    public const string OptionalSecretsMount = "/var/run/secrets/opencode-optional";

    /// <summary>The GitHub token file.</summary>
    public const string TokenFileName = "github-token";

    /// <summary>The auth.json seed file.</summary>
    public const string AuthSeedFileName = "copilot-auth.json";

    /// <summary>Scratch space (the root filesystem is read-only).</summary>
    public const string Tmp = "/tmp";

    /// <summary>The work tree of <paramref name="repository"/>: a folder inside the workspace mount, never its root.</summary>
    public static string WorkTree(GitRepository repository) => WorkspaceMount + "/" + repository.FolderName;
}
