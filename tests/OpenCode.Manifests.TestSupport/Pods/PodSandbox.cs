using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using Xunit;

namespace OpenCode.Manifests.TestSupport;

/// <summary>
/// Runs a container of an emitted pod the way the kubelet and the runtime would, on this machine: in a private
/// mount namespace (<c>unshare --mount</c>), a fresh root with each volume bound at its mount path (and subPath),
/// read-only where the pod says so (readOnly mounts, readOnlyRootFilesystem), as the pod's uid/gid with the
/// fsGroup as supplementary group (<c>setpriv</c>), with exactly the container's env (literals, and secretKeyRef
/// values from the test secret) and its working directory. Volumes are laid out as the kubelet lays them out:
/// a PVC root holding <c>lost+found</c>, group fsGroup, mode 2775; subPath folders created by root with the root's
/// mode; emptyDirs 2777 group fsGroup; secret files with the volume's defaultMode plus group read, group fsGroup.
/// </summary>
[System.Runtime.Versioning.SupportedOSPlatform("linux")] // POSIX modes, mount namespaces, setpriv: a Linux node
public sealed class PodSandbox : IDisposable
{
    private const string BusyboxImageBin = "/bin";
    private readonly TempFolder temp = new("ocm-pod");
    private readonly IReadOnlyDictionary<string, string> secretValues;

    public PodSandbox(EmittedPod pod, IReadOnlyDictionary<string, string> secretValues)
    {
        Pod = pod;
        this.secretValues = secretValues;
        Unshare = Tools.Require("unshare", "apt-get install util-linux");
        Setpriv = Tools.Require("setpriv", "apt-get install util-linux");
        Busybox = Tools.Require("busybox", "apt-get install busybox");
        Assert.True(Environment.UserName == "root" || geteuid() == 0, "the pod sandbox needs root (mount namespaces, bind mounts, setpriv)");
        foreach (var volume in pod.Values["persistence"]!.AsObject())
        {
            CreateVolume(volume.Key, pod.IsSecretVolume(volume.Key) ? "secret" : volume.Value!["type"]?.GetValue<string>() ?? "persistentVolumeClaim");
        }
    }

    public EmittedPod Pod { get; }

    public string Unshare { get; }

    public string Setpriv { get; }

    public string Busybox { get; }

    /// <summary>The host folder backing a volume (its root).</summary>
    public string VolumeRoot(string volumeId) => Path.Combine(temp.Path, "volumes", volumeId);

    /// <summary>The host path a container path resolves to through the container's mounts (longest mount wins).</summary>
    public string HostPath(PodContainer container, string containerPath)
    {
        var mount = container.Mounts
            .Where(m => containerPath == m.Path || containerPath.StartsWith(m.Path.TrimEnd('/') + "/", StringComparison.Ordinal))
            .OrderByDescending(m => m.Path.Length)
            .FirstOrDefault();
        Assert.True(mount is not null, $"{containerPath} is on no mount of {container.Id}: it would be the container's ephemeral layer");
        var rest = containerPath.Length > mount!.Path.Length ? containerPath[(mount.Path.Length + 1)..] : string.Empty;
        var root = mount.SubPath is null ? VolumeRoot(mount.VolumeId) : Path.Combine(VolumeRoot(mount.VolumeId), mount.SubPath);
        return rest.Length == 0 ? root : Path.Combine(root, rest);
    }

    /// <summary>The mount a container path lies on.</summary>
    public static VolumeMount? MountOf(PodContainer container, string containerPath) => container.Mounts
        .Where(m => containerPath == m.Path || containerPath.StartsWith(m.Path.TrimEnd('/') + "/", StringComparison.Ordinal))
        .OrderByDescending(m => m.Path.Length)
        .FirstOrDefault();

    /// <summary>The container's env as the kubelet would build it (plus the image's PATH and any extras).</summary>
    public Dictionary<string, string> Environment_(PodContainer container, string imagePath, IReadOnlyDictionary<string, string>? extra = null)
    {
        var env = new Dictionary<string, string>(StringComparer.Ordinal) { ["PATH"] = imagePath };
        foreach (var entry in container.Env)
        {
            if (entry.Literal is not null)
            {
                env[entry.Name] = entry.Literal;
            }
            else if (entry.Optional && !secretValues.ContainsKey(entry.SecretKey!))
            {
                // An optional key the store did not fill: the kubelet starts the container without the variable.
            }
            else
            {
                Assert.True(secretValues.TryGetValue(entry.SecretKey!, out var value), $"{entry.Name}: secret key {entry.SecretKey} is not produced by the ExternalSecret");
                env[entry.Name] = value!;
            }
        }

        foreach (var (key, value) in extra ?? new Dictionary<string, string>())
        {
            env[key] = value;
        }

        return env;
    }

    /// <summary>
    /// Starts a container's process in the sandbox. <paramref name="busyboxImage"/> gives the container an
    /// Alpine-like /bin (busybox applets, /bin/sh = busybox sh) ahead of /usr/bin, as in docker.io/alpine/git.
    /// </summary>
    public RunningProgram Start(PodContainer container, IReadOnlyList<string> command, IReadOnlyDictionary<string, string> env,
        bool busyboxImage, IReadOnlyList<(string Host, string ContainerPath)>? imageFiles = null, string? workingDir = null)
    {
        var readOnlyRoot = container.Raw["securityContext"]?["readOnlyRootFilesystem"]?.GetValue<bool>() ?? false;
        var script = new StringBuilder();
        script.Append("set -eu\nR=\"$1\"; shift\n");
        script.Append("mount -t tmpfs -o mode=0755 tmpfs \"$R\"\n");
        script.Append("for d in usr etc dev proc; do mkdir -p \"$R/$d\"; mount --rbind \"/$d\" \"$R/$d\"; done\n");
        script.Append("for d in lib lib64 sbin; do if [ -L \"/$d\" ]; then ln -s \"$(readlink \"/$d\")\" \"$R/$d\"; elif [ -d \"/$d\" ]; then mkdir -p \"$R/$d\"; mount --rbind \"/$d\" \"$R/$d\"; fi; done\n");
        if (busyboxImage)
        {
            script.Append($"mkdir -p \"$R{BusyboxImageBin}\"; {Q(Busybox)} --install -s \"$R{BusyboxImageBin}\"\n");
        }
        else
        {
            script.Append("ln -s usr/bin \"$R/bin\"\n");
        }

        foreach (var (host, containerPath) in imageFiles ?? Array.Empty<(string, string)>())
        {
            script.Append($"mkdir -p \"$R\"{Q(containerPath)}; mount --bind {Q(host)} \"$R\"{Q(containerPath)}; mount -o remount,bind,ro \"$R\"{Q(containerPath)}\n");
        }

        foreach (var mount in container.Mounts.OrderBy(m => m.Path.Length))
        {
            var source = mount.SubPath is null ? VolumeRoot(mount.VolumeId) : Path.Combine(VolumeRoot(mount.VolumeId), mount.SubPath);
            if (mount.SubPath is not null && !Directory.Exists(source))
            {
                // The kubelet creates a missing subPath as root, with the volume root's mode (setgid group inherited).
                var rootMode = File.GetUnixFileMode(VolumeRoot(mount.VolumeId));
                Directory.CreateDirectory(source);
                File.SetUnixFileMode(source, rootMode);
                Chown(source, 0, Pod.FsGroup);
            }

            script.Append($"mkdir -p \"$R\"{Q(mount.Path)}; mount --bind {Q(source)} \"$R\"{Q(mount.Path)}\n");
            if (mount.ReadOnly)
            {
                script.Append($"mount -o remount,bind,ro \"$R\"{Q(mount.Path)}\n");
            }
        }

        if (readOnlyRoot)
        {
            script.Append("mount -o remount,ro \"$R\"\n");
            script.Append("for d in usr etc; do mount -o remount,bind,ro \"$R/$d\"; done\n");
        }

        script.Append($"exec chroot \"$R\" {Q(Setpriv)} --reuid={Pod.RunAsUser} --regid={Pod.RunAsGroup} --groups={Pod.FsGroup} --inh-caps=-all --bounding-set=-all --no-new-privs -- \"$@\"\n");

        var root = temp.Combine("root-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(root);
        var args = new List<string> { "--mount", "--propagation", "private", "/bin/bash", "-c", script.ToString(), "pod-sandbox", root, "/usr/bin/env", "-i", "-C", workingDir ?? container.WorkingDir ?? "/" };
        args.AddRange(env.OrderBy(e => e.Key, StringComparer.Ordinal).Select(e => $"{e.Key}={e.Value}"));
        args.AddRange(command);
        return Tools.Start(Unshare, args);
    }

    /// <summary>Runs a container's command to completion.</summary>
    public ToolRun Run(PodContainer container, IReadOnlyList<string> command, IReadOnlyDictionary<string, string> env, bool busyboxImage,
        IReadOnlyList<(string Host, string ContainerPath)>? imageFiles = null, string? workingDir = null, TimeSpan? timeout = null)
    {
        using var running = Start(container, command, env, busyboxImage, imageFiles, workingDir);
        return running.WaitForExit(timeout ?? TimeSpan.FromMinutes(2));
    }

    public void Dispose() => temp.Dispose();

    public static void Chown(string path, long uid, long gid)
    {
        if (chown(path, (uint)uid, (uint)gid) != 0)
        {
            throw new IOException($"chown {uid}:{gid} {path} failed (errno {System.Runtime.InteropServices.Marshal.GetLastPInvokeError()})");
        }
    }

    /// <summary>Owner uid and gid of a path (no symlink follow).</summary>
    public static (long Uid, long Gid) Owner(string path)
    {
        var run = Tools.Run("/usr/bin/stat", new[] { "-c", "%u %g", path }, TimeSpan.FromSeconds(10));
        var parts = run.Stdout.Trim().Split(' ');
        return (long.Parse(parts[0]), long.Parse(parts[1]));
    }

    private static string Q(string s) => "'" + s.Replace("'", "'\\''") + "'";

    [System.Runtime.InteropServices.DllImport("libc", SetLastError = true)]
    private static extern int chown(string path, uint owner, uint group);

    [System.Runtime.InteropServices.DllImport("libc")]
    private static extern uint geteuid();

    private void CreateVolume(string volumeId, string type)
    {
        var root = VolumeRoot(volumeId);
        Directory.CreateDirectory(root);
        switch (type)
        {
            case "secret":
                var secret = Pod.SecretVolumes()[volumeId];
                foreach (var (key, path) in secret.Items)
                {
                    if (secret.Optional && !secretValues.ContainsKey(key))
                    {
                        // An optional Secret the store did not fill: the kubelet mounts the volume without the file.
                        continue;
                    }

                    Assert.True(secretValues.TryGetValue(key, out var value), $"secret volume {volumeId}: key {key} is not produced by the ExternalSecret");
                    var file = Path.Combine(root, path);
                    File.WriteAllText(file, value);
                    // With an fsGroup the kubelet adds group read to the defaultMode and gives the file that group.
                    File.SetUnixFileMode(file, (UnixFileMode)(secret.DefaultMode | 0b000_100_000));
                    Chown(file, 0, Pod.FsGroup);
                }

                File.SetUnixFileMode(root, (UnixFileMode)Convert.ToInt32("1777", 8));
                break;
            case "emptyDir":
                File.SetUnixFileMode(root, (UnixFileMode)Convert.ToInt32("2777", 8));
                Chown(root, 0, Pod.FsGroup);
                break;
            default:
                // A fresh ext4 filesystem (Ceph RBD): lost+found at the root; fsGroup applied to the root.
                var lostFound = Path.Combine(root, "lost+found");
                Directory.CreateDirectory(lostFound);
                File.SetUnixFileMode(lostFound, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
                Chown(root, 0, Pod.FsGroup);
                File.SetUnixFileMode(root, (UnixFileMode)Convert.ToInt32("2775", 8));
                break;
        }
    }
}
