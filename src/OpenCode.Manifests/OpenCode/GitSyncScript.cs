using System.IO;
using System.Text;

namespace OpenCode.Manifests;

/// <summary>
/// The init container's script (<c>git-sync.sh</c>, embedded): clone on first boot, fast-forward a clean tree
/// later, seed auth.json once. It is POSIX sh (busybox) and shellcheck-clean; tests run it for real.
/// </summary>
public static class GitSyncScript
{
    private static readonly string Text = Load();

    /// <summary>The script text, LF line endings.</summary>
    public static string Content => Text;

    private static string Load()
    {
        using var stream = typeof(GitSyncScript).Assembly.GetManifestResourceStream("OpenCode.Manifests.OpenCode.git-sync.sh")
            ?? throw new InvalidDataException("The git-sync.sh resource is missing from the OpenCode.Manifests assembly.");
        using var reader = new StreamReader(stream, new UTF8Encoding(false));
        return reader.ReadToEnd().Replace("\r\n", "\n");
    }
}
