using OpenCode.Manifests.AppTemplate;
using OpenCode.Manifests.Composition;
using OpenCode.Manifests.Rendering;
using Xunit;

namespace OpenCode.Manifests.Spine.Tests;

/// <summary>
/// Every persistence kind of the chart is declared through a handle (NFS, host path, ConfigMap, a Secret by name, a
/// claim the chart creates, besides existing claims, emptyDirs and secret files), and a volume can be mounted into
/// every container (<c>globalMounts</c>) as well as into one (<c>advancedMounts</c>); both majors get the same keys.
/// </summary>
public sealed class VolumeHandleTests
{
    private static readonly ContainerImage Image = new() { Repository = "ghcr.io/example/media", Tag = "1.0.0" };

    private static AppTemplateBuilder Declare(AppTemplateMajor major)
    {
        var builder = new AppTemplateBuilder("media", major);
        var app = builder.Controller("main").Container("app", Image);
        builder.Nfs("library", "nas.internal", "/export/media").MountGlobally("/media", readOnly: true);
        builder.HostPath("devices", "/dev/dri", type: "Directory").MountInto(app, "/dev/dri");
        builder.ConfigMap("config", "media-config").MountGlobally("/config/app.yaml", subPath: "app.yaml");
        builder.SecretVolume("keys", "media-keys").MountInto(app, "/keys", readOnly: true);
        builder.PersistentVolumeClaim("cache", "10Gi", "ReadWriteOnce", storageClass: "fast").MountGlobally("/cache");
        return builder;
    }

    private const string Expected = """
        persistence:
          library:
            type: nfs
            path: /export/media
            server: nas.internal
            globalMounts:
              - path: /media
                readOnly: true
          devices:
            type: hostPath
            hostPath: /dev/dri
            hostPathType: Directory
            advancedMounts:
              main:
                app:
                  - path: /dev/dri
          config:
            type: configMap
            name: media-config
            globalMounts:
              - path: /config/app.yaml
                subPath: app.yaml
          keys:
            type: secret
            name: media-keys
            advancedMounts:
              main:
                app:
                  - path: /keys
                    readOnly: true
          cache:
            accessMode: ReadWriteOnce
            size: 10Gi
            storageClass: fast
            globalMounts:
              - path: /cache

        """;

    [Fact]
    public void Each_persistence_kind_and_global_mounts_are_written_as_the_chart_reads_them()
    {
        var yaml = YamlRenderer.Render(Declare(AppTemplateMajor.V4).Build());

        Assert.Equal(Expected.Replace("\r", "", System.StringComparison.Ordinal), yaml[yaml.IndexOf("persistence:", System.StringComparison.Ordinal)..]);
    }

    [Fact]
    public void A_5x_release_gets_the_same_persistence()
    {
        var v4 = YamlRenderer.Render(Declare(AppTemplateMajor.V4).Build());
        var v5 = YamlRenderer.Render(Declare(AppTemplateMajor.V5).BuildV5());

        Assert.Equal(v4[v4.IndexOf("persistence:", System.StringComparison.Ordinal)..], v5[v5.IndexOf("persistence:", System.StringComparison.Ordinal)..]);
    }
}
