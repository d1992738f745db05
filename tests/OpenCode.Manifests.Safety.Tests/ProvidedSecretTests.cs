using System.Collections.Generic;
using OpenCode.Manifests.Apps;
using OpenCode.Manifests.AppTemplate;
using OpenCode.Manifests.Kubernetes;
using OpenCode.Manifests.Safety.Tests.Infrastructure;
using Xunit;

namespace OpenCode.Manifests.Safety.Tests;

/// <summary>
/// OCM2018 and <c>app.ProvidedSecret(name)</c>: a container that reads a Secret no ExternalSecret of the app
/// produces (an env var's <c>secretKeyRef</c>, an <c>envFrom</c>, a secret volume, each set through an escape hatch)
/// is reported at the escape hatch's line, unless the app declares that an object outside the build makes a
/// Secret of exactly that name (a hand-written ExternalSecret or SOPS file of an imported release).
/// </summary>
public sealed class ProvidedSecretTests
{
    private static readonly ContainerImage Image = new() { Repository = "ghcr.io/example/reader", Tag = "1.2.3" };

    [Theory]
    [InlineData("secret-in-env-var")]
    [InlineData("secret-in-env-from")]
    [InlineData("secret-in-volume")]
    public void Negative_control_a_secret_nothing_produces_is_OCM2018_at_the_escape_hatch(string read)
    {
        var emission = Run(new Reader(read, Provided: null));
        ReportedAt.Line(emission, "OCM2018", InProcessPipeline.Marked(read), read);
    }

    [Theory]
    [InlineData("secret-in-env-var")]
    [InlineData("secret-in-env-from")]
    [InlineData("secret-in-volume")]
    public void A_secret_the_app_declares_as_provided_is_not_reported(string read)
    {
        var emission = Run(new Reader(read, Provided: "shared-secrets"));
        ReportedAt.Nothing(emission, read);
    }

    [Theory]
    [InlineData("secret-in-env-var")]
    [InlineData("secret-in-env-from")]
    [InlineData("secret-in-volume")]
    public void Negative_control_a_provided_secret_of_another_name_still_leaves_the_read_one_reported(string read)
    {
        var emission = Run(new Reader(read, Provided: "shared-secret"));
        ReportedAt.Line(emission, "OCM2018", InProcessPipeline.Marked(read), read + ", other name provided");
    }

    private static Pipeline.Emission Run(Reader app) => InProcessPipeline.Run((app, InProcessPipeline.Marked("record Reader")));

    /// <summary>One container reading the Secret <c>shared-secrets</c> one way; <paramref name="Provided"/> declared made elsewhere.</summary>
    private sealed record Reader(string Read, string? Provided) : AppTemplateApp("reader", "default") //@record Reader
    {
        protected override void Compose(AppBuilder app)
        {
            var main = app.Controller("reader");
            var container = main.Container("app", Image).Admitted();
            switch (Read)
            {
                case "secret-in-env-var":
                    container.Customize(c => c with //@secret-in-env-var
                    {
                        Env = new EnvVars.EnvVarList
                        {
                            Value = new List<EnvVarListItem>
                            {
                                new EnvVarListItem.EnvVarWithSourceRef { Name = "TOKEN", SecretKeyRef = new V1SecretKeySelector { Name = "shared-secrets", Key = "TOKEN" } },
                            },
                        },
                    });
                    break;
                case "secret-in-env-from":
                    container.Customize(c => c with { EnvFrom = new List<EnvFromSource> { new() { Secret = "shared-secrets" } } }); //@secret-in-env-from
                    break;
                case "secret-in-volume":
                    app.Builder.Customize(v => v with //@secret-in-volume
                    {
                        Persistence = new Dictionary<string, PersistenceItem>
                        {
                            ["shared"] = new PersistenceItem.Secret
                            {
                                Name = "shared-secrets",
                                AdvancedMounts = new() { ["reader"] = new() { ["app"] = new() { new MountPoint { Path = "/shared", ReadOnly = true } } } },
                            },
                        },
                    });
                    break;
            }

            if (Provided is { } name)
            {
                app.ProvidedSecret(name);
            }
        }
    }
}
