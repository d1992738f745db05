using System.Collections.Generic;
using OpenCode.Manifests.Composition;

namespace OpenCode.Manifests.Safety.Tests;

/// <summary>An extra volume of a random workspace.</summary>
public sealed record VolumeSpec(string Id, bool Scratch, string? SizeLimit, string Path, string? SubPath, bool ReadOnly, bool Mounted);

/// <summary>An extra secret key of a random workspace, read into an env var; undeclared keys are looked up by name.</summary>
public sealed record SecretSpec(string Key, string Variable, bool Declared);

/// <summary>Everything a random workspace varies.</summary>
public sealed record WorkspaceSpec(
    string Name,
    string Folder,
    string Host,
    string Namespace,
    string Capacity,
    string Schedule,
    string Tag,
    int Port,
    IReadOnlyList<VolumeSpec> Volumes,
    IReadOnlyList<SecretSpec> Secrets,
    IReadOnlyList<(string Name, string Value)> Env)
{
    /// <inheritdoc />
    public override string ToString() =>
        $"Name={Name} Folder={Folder} Host={Host} Ns={Namespace} Capacity={Capacity} Schedule={Schedule} Tag={Tag} Port={Port} " +
        $"Volumes=[{string.Join("; ", Volumes)}] Secrets=[{string.Join("; ", Secrets)}] Env=[{string.Join("; ", Env)}]";
}

/// <summary>A workspace made from a <see cref="WorkspaceSpec"/>, the way a user would write it.</summary>
internal sealed record RandomWorkspace : OpenCodeWorkspace
{
    private readonly WorkspaceSpec spec;

    public RandomWorkspace(WorkspaceSpec spec)
        : base(spec.Name, GitHub.Repository("ORG", spec.Folder), spec.Host)
    {
        this.spec = spec;
        Namespace = spec.Namespace;
        Capacity = spec.Capacity;
        BackupSchedule = spec.Schedule;
        Image = new PinnedImage("ghcr.io/anomalyco/opencode", spec.Tag);
        Port = spec.Port;
    }

    protected override void Customize(OpenCodeApp app)
    {
        foreach (var volume in spec.Volumes)
        {
            var handle = volume.Scratch ? app.EmptyDir(volume.Id, volume.SizeLimit) : app.Builder.ExistingClaim(volume.Id, spec.Name + "-" + volume.Id);
            if (volume.Mounted)
            {
                handle.MountInto(app.Server, volume.Path, volume.SubPath, volume.ReadOnly);
            }
        }

        foreach (var secret in spec.Secrets)
        {
            var key = secret.Declared ? app.Secret.Declare(secret.Key, SecretPrefix + "_" + secret.Key) : app.Secret[secret.Key];
            app.Server.SetEnv(secret.Variable, key);
        }

        foreach (var (name, value) in spec.Env)
        {
            app.Server.SetEnv(name, value);
        }
    }
}
