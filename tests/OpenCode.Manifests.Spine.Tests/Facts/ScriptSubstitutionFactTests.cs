using System;
using System.Linq;
using OpenCode.Manifests.Spine.Tests.Infrastructure;
using Xunit;

namespace OpenCode.Manifests.Spine.Tests.Facts;

/// <summary>
/// DESIGN fact: Flux postBuild.substitute rewrites every <c>${NAME}</c> in the app's manifests, the init script
/// included. The script has no <c>${</c>.
/// </summary>
public sealed class ScriptSubstitutionFactTests
{
    [Fact]
    public void The_script_has_no_brace_expansion()
    {
        Assert.DoesNotContain("${", GitSyncScript.Content, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Names.Workspaces), MemberType = typeof(Names))]
    public void The_emitted_init_command_has_no_brace_expansion(string ws)
    {
        var command = Emitted.GitSync(ws).Command!.Values;
        Assert.Equal("/bin/sh", command[0]);
        Assert.Equal("-c", command[1]);
        Assert.Equal(GitSyncScript.Content, command[2]);
        Assert.All(command, part => Assert.DoesNotContain("${", part, StringComparison.Ordinal));
        foreach (var (_, container) in Emitted.AllContainers(ws))
        {
            foreach (var value in Emitted.Env(container).Values.OfType<OpenCode.Manifests.AppTemplate.EnvVarMapValue.EnvVarLiteral>())
            {
                Assert.DoesNotContain("${", value.Value?.Text ?? "", StringComparison.Ordinal);
            }
        }
    }
}
