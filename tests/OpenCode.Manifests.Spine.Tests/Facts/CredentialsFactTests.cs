using System;
using System.Linq;
using System.Text.RegularExpressions;
using OpenCode.Manifests.AppTemplate;
using OpenCode.Manifests.Spine.Tests.Infrastructure;
using Xunit;

namespace OpenCode.Manifests.Spine.Tests.Facts;

/// <summary>
/// DESIGN fact: <c>git clone https://x-access-token:$PAT@…</c> writes the token into .git/config on the PVC. We hand
/// credentials to git per command (a credential helper reading the mounted file) and never persist them.
/// </summary>
public sealed class CredentialsFactTests
{
    private static readonly Regex TokenLike = new(@"gh[pousr]_[A-Za-z0-9]{20,}|github_pat_[A-Za-z0-9_]{20,}");

    [Theory]
    [MemberData(nameof(Names.Workspaces), MemberType = typeof(Names))]
    public void No_env_value_or_url_carries_a_credential(string ws)
    {
        foreach (var (id, container) in Emitted.AllContainers(ws))
        {
            foreach (var (name, value) in Emitted.Env(container))
            {
                if (value is not EnvVarMapValue.EnvVarLiteral literal)
                {
                    continue;
                }

                var text = literal.Value?.Text ?? "";
                Assert.DoesNotContain("x-access-token:", text, StringComparison.Ordinal);
                Assert.DoesNotContain("@github.com", text, StringComparison.Ordinal);
                Assert.DoesNotMatch(TokenLike, text);
                if (Uri.TryCreate(text, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https")
                {
                    Assert.True(uri.UserInfo.Length == 0, $"{id}: {name} = {text} carries user info");
                }

                // Secret material comes from the secret, never as a literal (paths to mounted files are fine).
                if (Regex.IsMatch(name, "PASSWORD|TOKEN|PAT|SECRET") && !name.EndsWith("_FILE", StringComparison.Ordinal))
                {
                    Assert.Fail($"{id}: {name} is a literal; secrets must come from a secretKeyRef");
                }
            }
        }

        Assert.Equal("", new Uri(Emitted.Literal(Emitted.GitSync(ws), "GIT_REPOSITORY_URL")).UserInfo);
    }

    [Fact]
    public void No_emitted_file_carries_a_credential_in_a_url()
    {
        foreach (var file in Emitted.Emission.Files)
        {
            var text = System.Text.Encoding.UTF8.GetString(file.Content.Span);
            Assert.DoesNotContain("x-access-token:", text, StringComparison.Ordinal);
            Assert.DoesNotContain("@github.com", text, StringComparison.Ordinal);
            Assert.DoesNotMatch(new Regex(@"https?://[^\s/""']*@"), text);
            Assert.DoesNotMatch(TokenLike, text);
        }
    }

    [Fact]
    public void The_init_script_never_writes_credentials_into_a_url_or_git_config()
    {
        var script = GitSyncScript.Content;
        Assert.DoesNotContain("x-access-token:", script, StringComparison.Ordinal);
        Assert.DoesNotContain("@github", script, StringComparison.Ordinal);
        Assert.DoesNotMatch(new Regex(@"://\$"), script);                        // https://$TOKEN@…
        Assert.DoesNotMatch(new Regex(@"\$[A-Z_]*(TOKEN|PAT)[A-Z_]*@"), script);  // …$GITHUB_PAT@host
        Assert.DoesNotMatch(new Regex(@"\bgit\s+config\b"), script);             // nothing persisted in .git/config
        Assert.DoesNotMatch(new Regex(@"remote\s+(set-url|add)"), script);
        Assert.DoesNotMatch(new Regex(@"credential\.helper=?\s*['""]?store"), script);
        Assert.DoesNotMatch(new Regex(@"url\..*insteadOf", RegexOptions.IgnoreCase), script);

        // The clone URL is passed as it is; the token only reaches git through the per-command helper, which reads the file.
        Assert.Contains("\"$GIT_REPOSITORY_URL\"", script, StringComparison.Ordinal);
        Assert.Contains("git -c credential.helper= -c \"credential.helper=$token_helper\"", script, StringComparison.Ordinal);
        Assert.Contains("$(cat \"$GIT_TOKEN_FILE\")", script, StringComparison.Ordinal);
        foreach (var line in script.Split('\n').Where(l => Regex.IsMatch(l, @"^\s*git(_with_token)?\s")))
        {
            Assert.DoesNotContain("GIT_TOKEN_FILE", line, StringComparison.Ordinal);
        }
    }

    [Theory]
    [MemberData(nameof(Names.Workspaces), MemberType = typeof(Names))]
    public void The_server_gets_its_git_credential_helper_per_process_from_the_read_only_token_file(string ws)
    {
        var server = Emitted.Server(ws);
        var tokenFile = Emitted.Literal(Emitted.GitSync(ws), "GIT_TOKEN_FILE");
        Assert.Equal("2", Emitted.Literal(server, "GIT_CONFIG_COUNT"));
        Assert.Equal("credential.helper", Emitted.Literal(server, "GIT_CONFIG_KEY_0"));
        Assert.Equal("", Emitted.Literal(server, "GIT_CONFIG_VALUE_0"));
        Assert.Equal("credential.https://github.com.helper", Emitted.Literal(server, "GIT_CONFIG_KEY_1"));
        Assert.Contains("cat " + tokenFile, Emitted.Literal(server, "GIT_CONFIG_VALUE_1"), StringComparison.Ordinal);

        foreach (var containerId in new[] { "app", "git-sync" })
        {
            var mount = PathUtil.Covering(Emitted.Mounts(ws, containerId), tokenFile);
            Assert.IsType<PersistenceItem.Secret>(mount.Volume);
            Assert.Equal(true, mount.Mount!.ReadOnly);
        }
    }
}
