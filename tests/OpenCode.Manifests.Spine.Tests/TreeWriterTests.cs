using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using OpenCode.Manifests.Pipeline;
using OpenCode.Manifests.Writing;
using Xunit;

namespace OpenCode.Manifests.Spine.Tests;

/// <summary>The tree writer in a temp folder: writes, leaves unchanged files alone, never touches hand-written files,
/// prunes its own stale files, checks without writing, and survives a failure mid-write.</summary>
public sealed class TreeWriterTests : IDisposable
{
    private const string Owned = "kubernetes/apps/opencode";
    private static readonly DateTime LongAgo = new(2001, 1, 1, 0, 0, 0, DateTimeKind.Utc);
    private readonly string root = Path.Combine(Path.GetTempPath(), "ocm-spine-writer-" + Guid.NewGuid().ToString("N"));

    public TreeWriterTests() => Directory.CreateDirectory(root);

    public void Dispose()
    {
        if (Directory.Exists(root))
        {
            Directory.Delete(root, recursive: true);
        }
    }

    [Fact]
    public void Writes_new_files()
    {
        var files = Tree("v1");
        var result = Writer().Write(files);
        Assert.Equal(files.Select(f => f.RelativePath), result.Written);
        Assert.Equal(files.Select(f => f.RelativePath), result.MissingFiles);
        Assert.Empty(result.Pruned);
        Assert.Empty(result.Conflicts);
        AssertTreeIs(files);
        Assert.Empty(Directory.EnumerateFiles(root, "*.ocm-staging", SearchOption.AllDirectories));
    }

    [Fact]
    public void Leaves_unchanged_files_untouched()
    {
        var v1 = Tree("v1");
        Writer().Write(v1);
        foreach (var file in v1)
        {
            File.SetLastWriteTimeUtc(Full(file.RelativePath), LongAgo);
        }

        // One file changes; the others must keep their old timestamps.
        const string changed = Owned + "/opencode-flux/ks.yaml";
        var v2 = v1.Select(f => f.RelativePath == changed ? Marked(f.RelativePath, "v2") : f).ToList();
        var result = Writer().Write(v2);

        Assert.Equal(new[] { changed }, result.Written);
        Assert.Equal(v1.Count - 1, result.Unchanged.Count);
        foreach (var file in v2)
        {
            var mtime = File.GetLastWriteTimeUtc(Full(file.RelativePath));
            if (file.RelativePath == changed)
            {
                Assert.NotEqual(LongAgo, mtime);
            }
            else
            {
                Assert.Equal(LongAgo, mtime);
            }
        }

        var again = Writer().Write(v2);
        Assert.Empty(again.Written);
        Assert.True(again.IsClean);
    }

    [Fact]
    public void A_hand_written_file_in_the_same_folder_survives_every_write()
    {
        var notes = Owned + "/opencode-flux/app/notes.yaml";
        var handWritten = Encoding.UTF8.GetBytes("---\n# my own notes, not generated\napiVersion: v1\nkind: ConfigMap\n");
        Directory.CreateDirectory(Path.GetDirectoryName(Full(notes))!);
        File.WriteAllBytes(Full(notes), handWritten);

        Writer().Write(Tree("v1"));
        Assert.Equal(handWritten, File.ReadAllBytes(Full(notes)));
        Writer().Write(Tree("v2"));
        Assert.Equal(handWritten, File.ReadAllBytes(Full(notes)));

        // Even when no emitted file is left in its folder, the unmarked file is not pruned.
        var result = Writer().Write(Tree("v3").Where(f => !f.RelativePath.StartsWith(Owned + "/opencode-flux/", StringComparison.Ordinal)).ToList());
        Assert.DoesNotContain(notes, result.Pruned);
        Assert.Equal(handWritten, File.ReadAllBytes(Full(notes)));
    }

    [Fact]
    public void A_hand_written_file_at_an_emitted_path_is_never_overwritten_and_is_reported()
    {
        var v1 = Tree("v1");
        var target = v1[0].RelativePath;
        var handWritten = Encoding.UTF8.GetBytes("---\n# hand-written\napiVersion: v1\nkind: Namespace\n");
        Directory.CreateDirectory(Path.GetDirectoryName(Full(target))!);
        File.WriteAllBytes(Full(target), handWritten);

        var result = Writer().Write(v1);
        Assert.Equal(new[] { target }, result.Conflicts);
        Assert.Equal(handWritten, File.ReadAllBytes(Full(target)));

        var check = Writer().Check(v1);
        Assert.Equal(new[] { target }, check.Conflicts);
        Assert.False(check.IsClean);
        Assert.Equal(handWritten, File.ReadAllBytes(Full(target)));
    }

    [Fact]
    public void A_marked_file_no_longer_emitted_is_pruned()
    {
        var v1 = Tree("v1");
        Writer().Write(v1);
        var dropped = v1.Where(f => f.RelativePath.Contains("/opencode-ha/", StringComparison.Ordinal)).Select(f => f.RelativePath).ToList();
        var v2 = v1.Where(f => !dropped.Contains(f.RelativePath)).ToList();

        var result = Writer().Write(v2);
        Assert.Equal(dropped.OrderBy(p => p, StringComparer.Ordinal), result.Pruned);
        AssertTreeIs(v2);
        Assert.False(Directory.Exists(Full(Owned + "/opencode-ha")), "the emptied folder was not removed");
    }

    [Fact]
    public void Check_mode_writes_nothing_and_lists_differing_missing_and_stale_files()
    {
        var v1 = Tree("v1");
        Writer().Write(v1);
        var stale = Owned + "/opencode-old/ks.yaml";
        Directory.CreateDirectory(Path.GetDirectoryName(Full(stale))!);
        File.WriteAllBytes(Full(stale), Marked(stale, "old").Content.ToArray());

        var differing = v1[1].RelativePath;
        var missing = v1[2].RelativePath;
        File.WriteAllBytes(Full(differing), Marked(differing, "edited by hand").Content.ToArray());
        File.Delete(Full(missing));
        var before = Snapshot();

        var result = Writer().Check(v1);

        Assert.Equal(before, Snapshot());
        Assert.False(result.IsClean);
        Assert.Equal(new[] { differing }, result.DifferingFiles);
        Assert.Equal(new[] { missing }, result.MissingFiles);
        Assert.Equal(new[] { stale }, result.Pruned);
        Assert.Empty(result.Conflicts);

        Writer().Write(v1);
        Assert.True(Writer().Check(v1).IsClean);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(3)]
    [InlineData(8)] // the file in a folder that does not exist yet
    public void A_failure_mid_write_leaves_the_previous_tree_intact(int failAt)
    {
        var v1 = Tree("v1");
        Writer().Write(v1);
        var before = Snapshot();

        var v2 = FailingWrite(failAt);

        Assert.Equal(before, Snapshot());
        Assert.Empty(Directory.EnumerateFiles(root, "*.ocm-staging", SearchOption.AllDirectories));

        // The next write completes normally.
        var result = Writer().Write(v2);
        Assert.Equal(v2.Count, result.Written.Count);
        AssertTreeIs(v2);
    }

    [Fact]
    public void A_failure_mid_write_leaves_no_new_folders_behind()
    {
        Writer().Write(Tree("v1"));
        var before = Directories();

        FailingWrite(failAt: 8); // the file whose folder does not exist yet

        Assert.Equal(before, Directories());
    }

    [Fact]
    public void A_staging_file_left_by_a_crash_is_taken_over()
    {
        var v1 = Tree("v1");
        Writer().Write(v1);
        var target = v1[3].RelativePath;
        File.WriteAllBytes(Full(target) + ".ocm-staging", new byte[20000]);
        var v2 = v1.Select(f => f.RelativePath == target ? Marked(f.RelativePath, "v2") : f).ToList();

        var result = Writer().Write(v2);

        Assert.Equal(new[] { target }, result.Written);
        AssertTreeIs(v2);
        Assert.Empty(Directory.EnumerateFiles(root, "*.ocm-staging", SearchOption.AllDirectories));
    }

    [Fact]
    public void A_tree_torn_by_a_crash_is_found_by_check_mode_and_repaired_by_the_next_write()
    {
        var v1 = Tree("v1");
        Writer().Write(v1);

        // What a crash after unflushed writes can leave: an empty file, a file of NUL bytes, staging files.
        var empty = v1[1].RelativePath;
        var zeros = v1[2].RelativePath;
        var strayStaging = v1[4].RelativePath + ".ocm-staging";
        File.WriteAllBytes(Full(empty), Array.Empty<byte>());
        File.WriteAllBytes(Full(zeros), new byte[v1[2].Content.Length]);
        File.WriteAllBytes(Full(strayStaging), v1[4].Content.ToArray());

        var check = Writer().Check(v1);
        Assert.False(check.IsClean);
        Assert.Equal(new[] { empty, zeros }, check.DifferingFiles);
        Assert.Equal(new[] { strayStaging }, check.Pruned);
        Assert.Empty(check.Conflicts);

        var result = Writer().Write(v1);
        Assert.Equal(new[] { empty, zeros }, result.Written);
        AssertTreeIs(v1);
        Assert.Empty(Directory.EnumerateFiles(root, "*.ocm-staging", SearchOption.AllDirectories));
        Assert.True(Writer().Check(v1).IsClean);
    }

    [Fact]
    public void A_hand_written_file_of_the_same_length_is_a_conflict_and_a_longer_marked_one_is_rewritten()
    {
        var v1 = Tree("v1");
        Writer().Write(v1);
        var sameLength = v1[1].RelativePath;
        var longer = v1[2].RelativePath;
        var handWritten = v1[1].Content.ToArray();
        handWritten[handWritten.Length - 2] = (byte)'X';
        var marker = Encoding.UTF8.GetBytes(GeneratedFileMarker.Line);
        var at = handWritten.AsSpan().IndexOf(marker);
        handWritten[at + 2] = (byte)'g'; // "# generated by": no longer the marker, same length
        File.WriteAllBytes(Full(sameLength), handWritten);
        File.WriteAllBytes(Full(longer), v1[2].Content.ToArray().Concat(new byte[10000].Select(_ => (byte)'#')).ToArray());

        var check = Writer().Check(v1);
        Assert.Equal(new[] { sameLength }, check.Conflicts);
        Assert.Equal(new[] { longer }, check.DifferingFiles);
        Assert.Equal(handWritten, File.ReadAllBytes(Full(sameLength)));

        File.Delete(Full(sameLength));
        var result = Writer().Write(v1);
        Assert.Equal(new[] { sameLength, longer }.OrderBy(p => p, StringComparer.Ordinal), result.Written);
        Assert.Equal(new[] { sameLength }, result.MissingFiles);
        AssertTreeIs(v1);
    }

    [Fact]
    public void Files_outside_the_owned_folders_and_in_empty_folders_are_found()
    {
        var outside = Marked("elsewhere/other.yaml", "v1");
        Writer().Write(new[] { outside });
        var handWritten = Marked(Owned + "/opencode-flux/app/helmrelease.yaml", "v1");
        Directory.CreateDirectory(Path.GetDirectoryName(Full(handWritten.RelativePath))!);
        File.WriteAllBytes(Full(handWritten.RelativePath), Encoding.UTF8.GetBytes("# hand-written\n"));
        var inEmpty = Marked(Owned + "/opencode-ha/app/helmrelease.yaml", "v1");
        Directory.CreateDirectory(Path.GetDirectoryName(Full(inEmpty.RelativePath))!);

        var check = Writer().Check(new[] { outside, handWritten, inEmpty });
        Assert.Equal(new[] { outside.RelativePath }, check.Unchanged);
        Assert.Equal(new[] { handWritten.RelativePath }, check.Conflicts);
        Assert.Equal(new[] { inEmpty.RelativePath }, check.MissingFiles);

        var result = Writer().Write(new[] { outside, inEmpty });
        Assert.Equal(new[] { inEmpty.RelativePath }, result.Written);
        Assert.Equal(inEmpty.Content.ToArray(), File.ReadAllBytes(Full(inEmpty.RelativePath)));
    }

    /// <summary>Writes v2 (every file changed, plus one in a new folder), failing before staging file number failAt.</summary>
    private List<TreeFile> FailingWrite(int failAt)
    {
        var v2 = Tree("v2").Append(Marked(Owned + "/opencode-new/app/helmrelease.yaml", "new")).ToList();
        Assert.InRange(failAt, 1, v2.Count);
        var staged = new List<string>();
        var writer = Writer();
        writer.BeforeStage = path =>
        {
            staged.Add(path);
            if (staged.Count == failAt)
            {
                throw new IOException($"injected failure before staging {path}");
            }
        };

        var error = Assert.Throws<IOException>(() => writer.Write(v2));
        Assert.Contains("injected failure", error.Message, StringComparison.Ordinal);
        Assert.Equal(failAt, staged.Count);
        return v2;
    }

    private TreeWriter Writer() => new(root, new[] { Owned });

    private string Full(string relative) => Path.Combine(root, relative.Replace('/', Path.DirectorySeparatorChar));

    private static TreeFile Marked(string path, string version) => new(path, Encoding.UTF8.GetBytes(
        $"---\n# yaml-language-server: $schema=https://example.invalid/schema.json\n{GeneratedFileMarker.Line}\nkind: Test\nmetadata:\n  name: {Path.GetFileNameWithoutExtension(path)}\n  version: {version}\n"));

    private static List<TreeFile> Tree(string version) => new[]
    {
        Owned + "/kustomization.yaml",
        Owned + "/namespace.yaml",
        Owned + "/opencode-flux/app/helmrelease.yaml",
        Owned + "/opencode-flux/app/kustomization.yaml",
        Owned + "/opencode-flux/ks.yaml",
        Owned + "/opencode-ha/app/helmrelease.yaml",
        Owned + "/opencode-ha/ks.yaml",
    }.Select(p => Marked(p, version)).ToList();

    private void AssertTreeIs(IReadOnlyList<TreeFile> files)
    {
        var onDisk = Directory.EnumerateFiles(Full(Owned), "*", SearchOption.AllDirectories)
            .Select(p => Path.GetRelativePath(root, p).Replace(Path.DirectorySeparatorChar, '/'))
            .Where(p => !p.EndsWith("notes.yaml", StringComparison.Ordinal))
            .OrderBy(p => p, StringComparer.Ordinal);
        Assert.Equal(files.Select(f => f.RelativePath).OrderBy(p => p, StringComparer.Ordinal), onDisk);
        foreach (var file in files)
        {
            Assert.Equal(file.Content.ToArray(), File.ReadAllBytes(Full(file.RelativePath)));
        }
    }

    /// <summary>Every file under the root: path → (bytes as base64, mtime).</summary>
    private SortedDictionary<string, string> Snapshot() => new(
        Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories).ToDictionary(
            p => Path.GetRelativePath(root, p),
            p => Convert.ToBase64String(File.ReadAllBytes(p)) + "@" + File.GetLastWriteTimeUtc(p).Ticks),
        StringComparer.Ordinal);

    private string[] Directories() => Directory.EnumerateDirectories(root, "*", SearchOption.AllDirectories)
        .Select(p => Path.GetRelativePath(root, p)).OrderBy(p => p, StringComparer.Ordinal).ToArray();
}

/// <summary>The writer's header check on bytes agrees with the line-reading one wherever it decides.</summary>
public sealed class GeneratedFileMarkerTests : IDisposable
{
    private readonly string path = Path.Combine(Path.GetTempPath(), "ocm-spine-marker-" + Guid.NewGuid().ToString("N") + ".yaml");

    public void Dispose() => File.Delete(path);

    public static TheoryData<string> Headers => new()
    {
        "",
        "---\n",
        GeneratedFileMarker.Line,
        GeneratedFileMarker.Line + "\n",
        "---\n# yaml-language-server: $schema=x\n" + GeneratedFileMarker.Line + "\nkind: A\n",
        "---\r\n# yaml-language-server: $schema=x\r\n" + GeneratedFileMarker.Line + "\r\nkind: A\r\n",
        "---\r# a\r" + GeneratedFileMarker.Line + "\r",
        "\uFEFF" + GeneratedFileMarker.Line + "\n",
        "1\n2\n3\n4\n" + GeneratedFileMarker.Line + "\n",
        "1\n2\n3\n4\n5\n" + GeneratedFileMarker.Line + "\n",
        "1\r\n\r\n\n\r" + GeneratedFileMarker.Line + "\n",
        "1\r\n\r\n\n\r\n" + GeneratedFileMarker.Line + "\n",
        "  " + GeneratedFileMarker.Line + "\n",
        "# Generated by OpenCode.Manifest\n",
        "# Generated by OpenCode.Manifests",
        "---\n# hand-written\napiVersion: v1\n",
        new string('x', 5000) + "\n" + GeneratedFileMarker.Line + "\n",
        "a\nb\nc\nd\n" + new string('y', 5000) + GeneratedFileMarker.Line,
        "a\nb\nc\nd\n" + GeneratedFileMarker.Line + new string('y', 5000),
    };

    [Theory]
    [MemberData(nameof(Headers))]
    public void Bytes_and_lines_agree(string text)
    {
        var bytes = Encoding.UTF8.GetBytes(text);
        File.WriteAllBytes(path, bytes);
        var expected = GeneratedFileMarker.IsMarked(path);

        Assert.Equal(expected, GeneratedFileMarker.IsMarked(bytes, wholeFile: true));

        // Any prefix either decides the same way or leaves it to the line reader.
        for (var cut = 0; cut < Math.Min(bytes.Length, 300); cut++)
        {
            var partial = GeneratedFileMarker.IsMarked(bytes.AsSpan(0, cut), wholeFile: false);
            Assert.True(partial is null || partial == expected, $"cut at {cut}: {partial} but the file says {expected}");
        }

        var head = bytes.AsSpan(0, Math.Min(bytes.Length, 4096));
        Assert.Equal(expected, GeneratedFileMarker.IsMarked(head, wholeFile: head.Length == bytes.Length) ?? expected);
    }

    [Fact]
    public void A_UTF16_file_is_left_to_the_line_reader()
    {
        var bytes = Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes(GeneratedFileMarker.Line + "\n")).ToArray();
        Assert.Null(GeneratedFileMarker.IsMarked(bytes, wholeFile: true));
    }
}
