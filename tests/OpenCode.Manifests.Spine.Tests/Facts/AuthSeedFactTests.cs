using System;
using System.Linq;
using OpenCode.Manifests.AppTemplate;
using OpenCode.Manifests.Spine.Tests.Infrastructure;
using Xunit;

namespace OpenCode.Manifests.Spine.Tests.Facts;

/// <summary>
/// DESIGN fact: <c>cp</c> of a secret file keeps its restrictive mode. We write auth.json with mode 0600, once, and
/// never overwrite an existing one (OpenCode refreshes tokens in it).
/// </summary>
public sealed class AuthSeedFactTests
{
    [Fact]
    public void Auth_json_is_written_with_0600_only_when_absent()
    {
        var lines = GitSyncScript.Content.Split('\n');
        var start = Array.FindIndex(lines, l => l.StartsWith("if [ ! -e \"$AUTH_FILE\" ]", StringComparison.Ordinal));
        Assert.True(start >= 0, "no 'if [ ! -e \"$AUTH_FILE\" ]' guard");
        var end = Array.FindIndex(lines, start, l => l == "fi");
        Assert.True(end > start, "the guard's block has no closing fi");
        var block = lines.Skip(start).Take(end - start + 1).ToArray();
        var outside = lines.Take(start).Concat(lines.Skip(end + 1)).ToArray();

        Assert.Contains(block, l => l.Trim() == "chmod 0600 \"$seed\"");
        Assert.Contains(block, l => l.Trim() == "mv \"$seed\" \"$AUTH_FILE\"");
        Assert.Contains(block, l => l.Contains("umask 0077", StringComparison.Ordinal) && l.Contains("cat \"$AUTH_SEED_FILE\" > \"$seed\"", StringComparison.Ordinal));
        Assert.True(Array.FindIndex(block, l => l.Contains("chmod 0600", StringComparison.Ordinal))
                    < Array.FindIndex(block, l => l.Contains("mv \"$seed\"", StringComparison.Ordinal)), "chmod must happen before the file is moved into place");

        // auth.json is touched nowhere else, and never by cp (which would keep the secret file's mode).
        Assert.DoesNotContain(outside, l => l.Contains("$AUTH_FILE", StringComparison.Ordinal) && !l.TrimStart().StartsWith("#", StringComparison.Ordinal));
        Assert.DoesNotContain(lines, l => System.Text.RegularExpressions.Regex.IsMatch(l, @"^\s*cp\b"));
    }

    [Theory]
    [MemberData(nameof(Names.Workspaces), MemberType = typeof(Names))]
    public void The_seed_comes_from_the_read_only_secret_mount_and_auth_json_goes_to_the_servers_data_home(string ws)
    {
        var gitSync = Emitted.GitSync(ws);
        var seed = Emitted.Literal(gitSync, "AUTH_SEED_FILE");
        var (_, volume, mount) = PathUtil.Covering(Emitted.Mounts(ws, "git-sync"), seed);
        var secret = Assert.IsType<PersistenceItem.Secret>(volume);
        Assert.Equal(true, mount!.ReadOnly);
        Assert.Contains(secret.Items!, i => i.Key == "COPILOT_AUTH_JSON" && mount.Path + "/" + i.Path == seed);

        Assert.Equal(Emitted.Literal(Emitted.Server(ws), "XDG_DATA_HOME") + "/opencode/auth.json", Emitted.Literal(gitSync, "AUTH_FILE"));
    }
}
